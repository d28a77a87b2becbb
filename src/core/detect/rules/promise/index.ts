/**
 * promise — the writer commits to pay: "le virement partira vendredi", "le solde sera réglé avec notre
 * campagne de virements du 30 septembre", "nous vous réglerons dès réception des fonds", "you'll see an
 * ACH on Sept 30", "payment will be made on…", "je mets la facture en paiement vendredi", "will go out in
 * our next run". "Je transmets à ma comptable" or "en attente de validation" are not promises. The
 * promised date is read from the sentence, else from its neighbours. `withdrawsPromise`: "le virement ne
 * pourra pas partir", "nous ne sommes plus autorisés à régler" take a promise back.
 * @example promisedDate(['Le virement partira vendredi.'], 0, '2025-10-09') // → '2025-10-10'
 */
import type { IsoDate } from '../../../model';
import { findDates } from '../../text/dates';
import { fold } from '../../text/units';

export const id = 'promise';

const PROMISE = new RegExp([
  String.raw`\b(?:le|un|notre|mon|votre|ce) (?:virement|reglement|paiement|cheque)\b[^.]{0,60}\b(?:partira|sera (?:effectue|fait|emis|envoye|execute|programme|realise|vire|poste)|est programme|interviendra|sera mis en paiement)`,
  String.raw`\b(?:sera|seront) (?:reglee?s?|payee?s?|vire(?:e|s)?|mise?s? en paiement)\b(?! qu'apres| que lorsque| des reception de la facture)`,
  String.raw`\b(?:nous|je) (?:vous )?(?:reglerons|reglerai|paierons|paierai|payerons|virerons|procederons au (?:reglement|virement|paiement))\b`,
  String.raw`\b(?:je|nous) (?:vous )?(?:fais|faisons|ferai|ferons|lance|lancerai|lancerons|programme|programmons|envoie|enverrai) (?:le |un )?(?:virement|reglement|paiement|cheque)\b`,
  // A foreign client's reply: Italian "il bonifico … sarà eseguito venerdì", "pagheremo", Spanish "la transferencia se realizará", "pagaremos".
  String.raw`\b(?:il bonifico|il pagamento|la transferencia|el pago)\b[^.]{0,60}\b(?:(?:sara|verra) (?:eseguit[oa]|effettuat[oa]|dispost[oa])|se (?:realizara|efectuara|hara|enviara)|sera (?:realizad[oa]|efectuad[oa]|enviad[oa]))\b|\b(?:pagheremo|provvederemo al pagamento|pagaremos|realizaremos (?:la transferencia|el pago))\b`,
  String.raw`\b(?:nous|je) (?:allons|vais) (?:vous )?(?:regler|payer|proceder au (?:reglement|virement)|faire le virement)\b`,
  String.raw`\b(?:je|nous) vous (?:regle|reglons|paie|payons)\b[^.]{0,30}\b(?:demain|lundi|mardi|mercredi|jeudi|vendredi|semaine|mois|fin|le \d|d'ici|avant|sous)|\bvous serez (?:regle|paye|rembourse)s?\b`,
  String.raw`\b(?:you'll|you will) (?:see|receive|get|have) (?:an? |the |our )?(?:ach|payment|transfer|wire|bacs|check|cheque|remittance)\b`,
  String.raw`\b(?:we|i)(?:'ll| will| are going to| shall) (?:pay|send|release|transfer|process|settle|make) (?:the |your |our |this |it|payment|invoice|[a-z]{0,6}[-/]?\d)`,
  String.raw`\bpayment (?:will|should) (?:be )?(?:made|sent|released|processed|go out|reach you|follow)\b|\bwill be (?:paid|settled|included in (?:our|the) (?:next )?payment run)\b|\bscheduled (?:for )?payment\b`,
  // "scheduled for our 05/15/2025 payment run", "the ACH should reach you by…", "inscrite à notre campagne de virements du 30"
  String.raw`\b(?:scheduled|queued|slated|approved|booked) (?:for|in|into) (?:our |the |next |this )?[^.]{0,25}\b(?:payment run|pay run|payment batch|check run|payment cycle)\b`,
  String.raw`\b(?:ach|wire|transfer|payment|check|cheque|bacs|funds|remittance)\b (?:should|will) (?:reach|arrive|hit|land|clear|be with)\b`,
  String.raw`\b(?:inscrite?s?|programmee?s?|prevue?s?|integree?s?) (?:dans|pour|a|sur) (?:notre|la|le) (?:prochaine? )?(?:campagne|session|echeance|remise|run) de (?:virements|paiements|reglements)\b`,
  // "je mets la facture en paiement ce vendredi", "it's approved now and will go out in our next run on Friday 13 June"
  String.raw`\b(?:je|nous|on) (?:mets|mettons|met|mettrai|mettrons|passe|passons|passerai|passerons) (?:la|votre|cette|les|vos|ces) factures? en (?:paiement|reglement)\b`,
  // "voir capture du virement programmé pour le 12"
  String.raw`\b(?:virement|paiement|reglement|prelevement)s? (?:est |a ete )?(?:programmee?|planifiee?) (?:pour|au|le)\b`,
  // "le solde de 6 739,20 € partira avec notre virement fournisseurs du vendredi 27 juin"
  String.raw`\b(?:le solde|la somme|le montant|le reste|le reliquat|the balance|the remaining amount)\b[^.]{0,60}\b(?:partira|part(?:ira)? avec|will go out|will be (?:paid|sent|transferred))\b`,
  String.raw`\b(?:will|'ll|should) (?:go out|be (?:paid|processed|released|sent|included)) (?:in|with|on|as part of) (?:our|the) (?:next |upcoming |following )?(?:payment |pay |check |cheque |bacs |supplier )?(?:run|batch|cycle)\b`,
  // "it's approved now and will go out via Bill.com next Tuesday"
  String.raw`\b(?:will|'ll) go out (?:via|by|on|next|this|tomorrow|today|friday|monday|tuesday|wednesday|thursday)\b`,
].join('|'));

// "Le virement ne pourra pas partir demain comme je vous l'avais annoncé", "nous ne sommes plus autorisés à
// régler les créances antérieures", "we can't pay this month": the writer takes a promise back or says it
// may not pay (not "ne pourra partir que le 15", nor "can't pay before the 15th": those move a date).
const WITHDRAWN = /\bne (?:pourra|pourrons|pourrai|pourront|peut|peux|pouvons|pourrait|pourrions) (?:pas|plus)\b(?!(?: \S+){0,3} (?:avant|before|until|jusqu)\b)|\bne sommes plus (?:autorises|en mesure) (?:a|de)\b|\b(?:can't|cannot|won't|will not|unable to|not able to|no longer able to) (?:pay|make (?:the |this |any )?payment|send (?:the |any )?payment|release (?:the |any )?payment)\b(?!(?: \S+){0,3} (?:before|until)\b)/;
const PAYING = /\b(?:virement|reglement|paiement|payer|regler|cheque|creances?|pay|payment|transfer)\b/;

// "Pourriez-vous nous indiquer la date à laquelle le virement sera effectué ?" asks, it does not commit.
const QUESTION = /\?|\b(?:quand|when|date a laquelle|indiquer la date|confirmer la date|let (?:me|us) know)\b/;

/** True when the sentence takes a promise back or says the writer cannot or may not pay. */
export function withdrawsPromise(text: string): boolean {
  const f = fold(text);
  return WITHDRAWN.test(f) && PAYING.test(f);
}

// "à réception du paiement de notre facture client", "dès que notre client nous aura payés", "once our customer
// pays us": payment hangs on someone else paying the debtor, no commitment to a date.
const PAY_WHEN_PAID = /\ba reception (?:du|de notre|de leur) (?:paiement|reglement|virement)\b|\bdes que (?:notre|nos) clients? (?:nous )?(?:aura|auront|a|ont) (?:paye|regle)|\bdes que nous (?:aurons ete|serons) payes?\b|\b(?:once|when|as soon as) (?:our|my) (?:client|customer)s? (?:pays|pay|has paid|have paid)\b|\b(?:once|when|as soon as) (?:we|i) (?:get|are|have been) paid\b/;

export function promises(text: string): boolean {
  const f = fold(text);
  return PROMISE.test(f) && !QUESTION.test(f) && !PAY_WHEN_PAID.test(f);
}

/** The date a promise names: in its own sentence, else the sentences around it (same message). */
export function promisedDate(units: string[], at: number, day: IsoDate | null): IsoDate | null {
  for (const i of [at, at + 1, at - 1]) {
    const u = units[i];
    if (u === undefined) continue;
    const dates = findDates(u, day).filter((d) => !day || d.date >= day);
    if (dates.length) return dates[0]!.date;
  }
  return null;
}
