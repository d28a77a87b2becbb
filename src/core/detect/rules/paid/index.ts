/**
 * paid — payment made or announced by the payer ("le virement a été effectué ce jour", "réglée par
 * chèque", "c'est réglé ce matin", "c'est parti ce matin", "we paid EUR 250,33", "we've processed the payment", "payment was released today by BACS"), or receipt confirmed by the
 * payee ("nous avons bien reçu votre règlement", "nous accusons bonne réception de votre virement", "payment received", "acquittée"). A partial payment
 * ("virement partiel", "premier virement", "acompte") is not payment of the invoice.
 * @example paymentStatement('Le virement a été effectué ce jour.') // → 'payer'
 */
import { fold } from '../../text/units';

export const id = 'paid';

const PAYER = new RegExp([
  String.raw`\b(?:le|un|notre|mon|ce) (?:virement|reglement|paiement|cheque)\b[^.]{0,50}\b(?:a ete|est|vient d'etre) (?:effectue|fait|emis|envoye|parti|realise|execute|poste|vire)`,
  String.raw`\b(?:nous avons|j'ai|on a) (?:bien )?(?:regle|paye|vire|effectue (?:le|un) (?:virement|reglement|paiement)|fait (?:le|un) virement|envoye (?:le|un) cheque|poste (?:le|un) cheque)`,
  // not "le solde vous sera payé par virement" (a promise)
  String.raw`(?<!\b(?:sera|seront|serait|seraient|va etre|vont etre|doit etre|doivent etre) (?:\S+ ){0,2})\b(?:reglee?s?|payee?s?) par (?:cheque|virement|carte|prelevement)\b|\bvirement effectue\b`,
  // "Our system shows invoice AG-25-0147 as paid on 2 June"
  String.raw`\b(?:shows?|shown|records?|recorded) (?:the |this |our |your )?(?:invoice )?(?:\S+ )?as paid\b`,
  String.raw`\bpayment\b[^.]{0,40}\b(?:was|has been|have been) (?:released|made|sent|processed|initiated|paid|transferred|wired)\b`,
  String.raw`\b(?:we|i)(?: have|'ve)? (?:already |now |just )?(?:paid|sent (?:the )?payment|wired|transferred|settled|processed (?:the |your |this )?payment)\b`,
  String.raw`\bc'est (?:bien )?(?:regle|paye|vire)\b|\b(?:est|a ete) (?:reglee?|payee?|viree?) (?:ce matin|ce jour|aujourd'hui|hier)\b`,
  String.raw`\b(?:attached|enclosed|please find|here is|herewith|ci-joint)\b[^.]{0,30}\b(?:remittance advice|avis de virement|avis d'operation)\b|\bremittance advice (?:is )?(?:attached|enclosed)\b`,
  String.raw`\bpayment (?:has )?(?:gone|went) out\b|\bfunds (?:were|have been|has been) (?:transferred|sent|wired|released)\b|\b(?:we|i)(?: have|'ve)? made (?:the |a |our )?payment\b|^\s*paid (?:today|yesterday|this morning)\b`,
  String.raw`\bc'est parti (?:ce matin|ce jour|aujourd'hui|hier|cet apres-midi|tout a l'heure)\b`,
  // "le chèque est dans le courrier depuis hier", "the cheque is in the post"
  String.raw`\b(?:le|mon|notre) cheque\b[^.]{0,30}\best (?:dans le courrier|a la poste|parti|poste|envoye)\b|\bthe (?:cheque|check) (?:is|was) in the (?:mail|post)\b`,
  String.raw`\bvirement (?:fait|passe|parti|emis) (?:ce jour|ce matin|aujourd'hui|hier)\b|\b(?:nous venons|je viens) de (?:regler|payer|virer|faire le virement|proceder au (?:reglement|virement|paiement))\b`,
].join('|'));

const PAYEE = new RegExp([
  String.raw`\b(?:bien )?recu (?:votre|le|ton|son) (?:virement|reglement|paiement|cheque)\b`,
  String.raw`\b(?:payment|remittance|transfer) (?:has been |was )?received\b|\bwe (?:have )?received (?:your|the) payment\b`,
  // "your payment of CHF 1'250.50 was received on 3 June", "is now marked as settled on our side"
  String.raw`\b(?:your|the) (?:payment|remittance|transfer) of [^.]{1,30}\b(?:was|has been) received\b|\b(?:marked|recorded|shown) as (?:settled|paid)\b`,
  String.raw`\bacquittee?\b|\bregle(?:e)? en totalite\b|\bpaid in full\b`,
  // "nous certifions avoir reçu le 13 janvier 2025 le règlement intégral", "cette facture est donc soldée", "il ne reste aucune somme due"
  String.raw`\brecu\b[^.]{0,40}\ble (?:reglement|paiement) (?:integral|total|complet)\b|\b(?:est|sont) (?:donc |bien |desormais )?soldee?s?\b|\bil ne reste aucune somme due\b`,
  String.raw`\baccus(?:ons|e|ant) (?:bonne )?reception (?:de|du) (?:votre |ton |son |du |le )?(?:virement|reglement|paiement|cheque)\b|\b(?:qui solde|soldant) (?:la|votre|cette|notre) facture\b`,
].join('|'));

// "Si le règlement est déjà parti…", "nous n'avons pas encore reçu le règlement", "if you have already paid".
const NOT_A_STATEMENT = /\b(?:si|if|sauf si|unless)\b[^.]{0,40}\b(?:deja|already|regle|paid|parti|envoye|effectue)|\b(?:pas|not|jamais|never)\b[^.]{0,25}\b(?:recu|received|vu passer|seen)\b|n't (?:yet )?(?:received|seen)/;
const PARTIAL = /\b(?:partiel(?:le)?|premier virement|premier versement|acompte|une partie|partial|part[- ]payment|first instal?lment|deposit)\b/;

/** Who the sentence says paid: 'payer' (I/we paid), 'payee' (we received it), or null. Partial payments → null. */
export function paymentStatement(text: string): 'payer' | 'payee' | null {
  const f = fold(text);
  if (PARTIAL.test(f) || NOT_A_STATEMENT.test(f)) return null;
  if (PAYER.test(f)) return 'payer';
  if (PAYEE.test(f)) return 'payee';
  return null;
}
