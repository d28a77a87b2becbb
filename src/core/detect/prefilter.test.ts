import fc from 'fast-check';
import { mayConcernPayment, readRanges, withReadHeadersOnly } from './prefilter';
import { qpEscapes } from './undo';
import { mayMatter } from './text/units';
import { asksForPayment } from './rules/payment-request';
import { sendsInvoice } from './rules/invoice-sent';
import { findMarkers } from '../markers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff));
const mail = (headers: string, body: string) => `From: Léa <lea@client.example>\r\nTo: compta@owner.example\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\nMessage-ID: <a@b>\r\n${headers}\r\n${body}\r\n`;
const hex = (b: number) => '=' + b.toString(16).toUpperCase().padStart(2, '0');
const b64 = (b: Uint8Array, lines = true) => Buffer.from(b).toString('base64').replace(/(.{76})/g, lines ? '$1\r\n' : '$1');
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));

/** The same words written every way a mail may carry them (what the mail reader decodes back). */
const WAYS: Record<string, (t: string) => Uint8Array> = {
  subject: (t) => utf8(mail(`Subject: ${t}\r\n`, 'Bonjour')),
  'utf-8 body': (t) => utf8(mail('Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n', t)),
  'latin-1 body': (t) => latin1(mail('Subject: x\r\nContent-Type: text/plain; charset=iso-8859-1\r\n', t)),
  'quoted-printable, every letter a soft break apart': (t) => utf8(mail('Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n',
    [...new TextEncoder().encode(t)].map((b, i) => (b > 126 || b === 61 || i % 3 === 0 ? hex(b) : String.fromCharCode(b)) + (i % 2 ? '=\r\n' : '')).join(''))),
  'html, tags inside words, entities': (t) => utf8(mail('Subject: x\r\nContent-Type: text/html; charset=us-ascii\r\n',
    '<p>' + [...t].map((c, i) => (c === ' ' ? (i % 2 ? '&nbsp;' : ' ') : c.charCodeAt(0) > 126 || i % 4 === 1 ? `&#${c.charCodeAt(0)};` : c) + (i % 3 === 2 ? '<b></b>' : '')).join('') + '</p>')),
  'format=flowed delsp=yes': (t) => utf8(mail('Subject: x\r\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n',
    t.replace(/(.{4})/g, '$1 \r\n'))),
  // What only the mail reader's decoding shows: the prefilter decodes it too (readMime) and reads it.
  'base64 utf-8 text part': (t) => utf8(mail('Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n', b64(utf8(t)))),
  'base64 latin-1 html part in a multipart, tags inside words': (t) => utf8(mail('Subject: x\r\nContent-Type: multipart/alternative; boundary="b"\r\n',
    `--b\r\nContent-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(latin1('<p>' + [...t].map((c, i) => c + (i % 3 === 2 ? '<i></i>' : '')).join('') + '</p>'))}\r\n--b--`)),
  'utf-16 text part': (t) => utf8(mail('Subject: x\r\nContent-Type: text/plain; charset=utf-16le\r\nContent-Transfer-Encoding: base64\r\n', b64(utf16le(t)))),
  'subject in two B encoded-words cut mid-character': (t) => {
    const b = utf8(t), half = Math.ceil(b.length / 2);
    return utf8(mail(`Subject: =?utf-8?B?${b64(b.subarray(0, half), false)}?=\r\n =?utf-8?B?${b64(b.subarray(half), false)}?=\r\n`, 'Bonjour'));
  },
  'subject as a Q encoded-word, every letter escaped': (t) => utf8(mail(`Subject: =?iso-8859-1?Q?${[...latin1(t)].map((b) => (b === 32 ? '_' : hex(b))).join('')}?=\r\n`, 'Bonjour')),
};

const TOKENS = ['facture', 'relance', 'rappel', '2e', 'dernier', "n'a", 'pas', 'été', 'encore', 'réglée', 'payée', 'honorée',
  'impayée', 'non', 'retard', 'de', 'paiement', 'règlement', 'virement', 'reçu', 'le', 'votre', 'échue', 'depuis', 'mise', 'en',
  'demeure', 'régulariser', 'solde', 'reste', 'à', 'régler', 'débiteur', 'notre', 'ci-joint', 'invoice', 'reminder', 'overdue',
  'past', 'due', 'final', 'notice', 'fell', 'unpaid', 'remains', 'still', 'is', 'outstanding', 'open', 'has', 'not', 'been',
  'paid', 'yet', 'payment', 'remittance', 'settle', 'the', 'balance', 'transfer', 'amount', 'when', 'we', 'can', 'expect', 'it',
  '[Relance 2 · FA-1]', '[Formal notice · A-1]', 'Réf. Relance R2 · FA-1 · 2025-01-02', 'please', 'find', 'attached', 'our',
  'bonjour', 'merci', 'lunch', 'meeting', 'tomorrow',
  // whole phrases of the payment-request rule, so that every one of them is drawn often
  'when we can expect it', 'has not been paid', 'not yet paid', 'is still open', 'remains outstanding', 'past due',
  'settle the balance', 'transfer the amount', 'fell due', 'final notice', "haven't received payment", "n'a pas été réglée",
  "n'est pas encore payée", "n'a toujours pas été honorée", "pas encore reçu le virement", 'échue depuis', 'solde débiteur',
  'reste à régler', 'mise en demeure', 'régulariser', 'date de virement',
  'toujours rien reçu', 'rien vu passer', 'rien reçu pour', 'était due le', 'étaient payables au', 'était à régler le',
  'kindly remit', 'kindly arrange', 'kindly pay', 'kindly settle', 'reste en attente de règlement', 'merci de faire le virement',
  "the transfer hasn't arrived yet", 'your remittance has not come through', "can't see a payment", 'je ne vois pas passer', 'rien vu arriver'];
const readByRules = (t: string) => mayMatter(t) || asksForPayment(t) || sendsInvoice(t) || findMarkers(t).length > 0;
/** In a body, wording counts when it opens the detector's gate (sentences are read at all) or is a marker. */
const opensGate = (t: string) => mayMatter(t) || findMarkers(t).length > 0;
const SUBJECT_WAYS = Object.keys(WAYS).filter((k) => k.startsWith('subject'));
const BODY_WAYS = Object.keys(WAYS).filter((k) => !k.startsWith('subject'));
const wording = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 7 }).map((w) => w.join(' '));
/** The wording as the subject of a message quoted in the body (an Outlook header block). */
const quotedSubject = (t: string) => `Bien reçu.\r\n\r\nDe : Paul Martin <paul@owner.example>\r\nEnvoyé : lundi 3 mars 2025 10:00\r\nÀ : lea@client.example\r\nObjet : ${t}\r\n\r\nBonjour`;

describe('mayConcernPayment', () => {
  test.each(SUBJECT_WAYS)('any wording the rules read passes, written as %s', (way) => {
    fc.assert(fc.property(wording, (t) => {
      fc.pre(readByRules(t));
      expect(mayConcernPayment(WAYS[way]!(t))).toBe(true);
    }), { numRuns: 300 });
  });

  test.each(BODY_WAYS)('wording that opens the gate passes anywhere in a body, written as %s', (way) => {
    fc.assert(fc.property(wording, (t) => {
      fc.pre(opensGate(t));
      expect(mayConcernPayment(WAYS[way]!(t))).toBe(true);
    }), { numRuns: 300 });
  });

  test.each(BODY_WAYS)('any wording the rules read passes as a quoted subject or beside the gate opened inside a word, written as %s', (way) => {
    fc.assert(fc.property(wording, (t) => {
      fc.pre(readByRules(t));
      expect(mayConcernPayment(WAYS[way]!(quotedSubject(t)))).toBe(true);
      expect(mayConcernPayment(WAYS[way]!(`${t}\r\nOur manufacturers ship tomorrow.`))).toBe(true);
    }), { numRuns: 150 });
  });

  test.each(BODY_WAYS)('wording outside subjects that leaves the gate shut does not pass (the rules would read no sentence), written as %s', (way) => {
    fc.assert(fc.property(wording, (t) => {
      fc.pre(!mayMatter(t) && !/formal/i.test(t));
      expect(mayConcernPayment(WAYS[way]!(t))).toBe(false);
    }), { numRuns: 150 });
  });

  test('ordinary mail, written any of those ways, does not pass', () => {
    const t = 'Bonjour, on déjeune demain à midi ? Merci, Léa';
    expect(readByRules(t)).toBe(false);
    expect(Object.values(WAYS).map((way) => mayConcernPayment(way(t)))).toEqual(Object.values(WAYS).map(() => false));
  });

  test('a SUBJECT word counts in a subject of any message of the file, and Relance\'s formal-notice marker anywhere', () => {
    const body = 'Please find the schedule below. Kindly remit your comments by Friday.';
    expect(mayConcernPayment(utf8(mail('Subject: Schedule\r\n', body)))).toBe(false);
    expect(mayConcernPayment(utf8(mail('Subject: Kindly remit\r\n', 'Thanks.')))).toBe(true);
    const mbox = `From a@b Mon Mar  3 10:00:00 2025\r\n${mail('Subject: Schedule\r\n', 'Thanks.')}\r\nFrom c@d Tue Mar  4 10:00:00 2025\r\n${mail('Subject: Virement en attente\r\n', 'Thanks.')}`;
    expect(mayConcernPayment(utf8(mbox))).toBe(true);
    expect(mayConcernPayment(utf8(mail('Subject: Schedule\r\n', 'Bonjour,\r\n[Formal notice · A-1]')))).toBe(true);
  });

  test('words inside other words do not count ("manufacturer" is no invoice)', () => {
    expect(mayConcernPayment(utf8(mail('Subject: New manufacturer\r\n', 'Our manufacturers ship tomorrow.')))).toBe(false);
  });

  test('a word start is checked only where its next letter can continue a word the rules read (NEXT), never less', () => {
    const passes = (subject: string, body = 'Bonjour.') => mayConcernPayment(utf8(mail(`Subject: ${subject}\r\n`, body)));
    // The fourth letter decides: "Fact." and "Facture" pass, "Facts" and "Face" do not; "formal notice" passes, "for mal" not.
    expect([passes('Fact. 2025-12'), passes('FACTURE'), passes('Facts'), passes('Face')]).toEqual([true, true, false, false]);
    expect([passes('x', 'Formal notice · A-1'), passes('x', 'for mal notice')]).toEqual([true, false]);
    // A letter that only the mail reader shows (a QP escape, an entity) is read after undoing, as before.
    const qp = (body: string) => utf8(mail('Subject: x\r\nContent-Transfer-Encoding: quoted-printable\r\n', body));
    expect(mayConcernPayment(qp('Fac=74ure n=C2=B0 12'))).toBe(true);
    expect(mayConcernPayment(utf8(mail('Subject: x\r\nContent-Type: text/html\r\n', '<p>Fac&#116;ure 12</p>')))).toBe(true);
    // "pay" may go on with an accent written any way ("payé", "pay=C3=A9", "pay&eacute;"): nothing after it is ruled out.
    expect([passes('Facture payée'), passes('Pay&eacute;e'), passes('pay=E9e')].every(Boolean)).toBe(true);
  });

  test('the ranges the rules read, and where the header block ends, are those of the joined text', () => {
    const line = fc.oneof(
      fc.constantFrom('Received: from x by y', 'Subject: Facture', 'subject:x', 'Content-Type: text/plain', 'X-Relance-Tier: 2', 'content-x:y',
        ' folded', '\tfolded', 'From: a@b', 'Date: Mon', 'not a header', '', 'x-other: 1', 'Objet : rappel'),
      fc.string({ maxLength: 8 }),
    );
    const text = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 8 }), fc.array(line, { maxLength: 4 }), fc.constantFrom('\n', '\r\n'))
      .map(([envelope, head, body, nl]) => (envelope ? 'From a@b Mon Mar 3 2025' + nl : '') + head.join(nl) + nl + nl + body.join(nl));
    const headerEnd = (x: string) => { const m = /\n\r?\n/.exec(x); return m ? m.index : x.length; };
    fc.assert(fc.property(text, (s) => {
      const r = readRanges(s);
      const x = withReadHeadersOnly(s);
      if (r === null) return;
      const joined = r.ranges.reduce((out, _, k) => (k % 2 ? out : out + s.slice(r.ranges[k], r.ranges[k + 1])), '');
      expect(joined).toBe(x);
      const hx = headerEnd(x);
      expect(s.slice(r.body)).toBe(x.slice(hx));
      expect(x.startsWith(r.head)).toBe(true);
      // every character read is in the header block in one exactly when it is in the other
      let xi = 0;
      for (let k = 0; k < r.ranges.length; k += 2) {
        for (let si = r.ranges[k]!; si < r.ranges[k + 1]!; si++, xi++) expect([si, si < r.headers]).toEqual([si, xi < hx]);
      }
    }), { numRuns: 2000 });
  });

  test('a header line the rules do not read cannot make a base64 text part look like an image', () => {
    const body = b64(utf8('Facture FA-12 impayée'));
    const raw = (extra: string) => utf8(mail(`Subject: x\r\n${extra}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n`, body));
    expect(mayConcernPayment(raw(''))).toBe(true);
    expect(mayConcernPayment(raw('X-Note: content-type: image/png\r\n'))).toBe(true);
  });

  test('an image sent as base64 hides nothing', () => {
    const body = '--b\r\nContent-Type: text/plain\r\n\r\nPhotos du chantier.\r\n--b\r\nContent-Type: image/jpeg; name="chantier.jpg"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQ==\r\n--b--';
    expect(mayConcernPayment(utf8(mail('Subject: Photos\r\nContent-Type: multipart/mixed; boundary="b"\r\n', body)))).toBe(false);
  });

  const hidden: Record<string, string> = {
    'a PDF attachment': mail('Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n', '--b\r\nContent-Type: application/pdf; name="doc.pdf"\r\n\r\n%PDF-1.4\r\n--b--'),
    'an XML attachment sent as binary': mail('Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n', '--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="doc.xml"\r\n\r\n<a/>\r\n--b--'),
    'an image named .pdf': mail('Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n', '--b\r\nContent-Type: image/png; name="scan.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0=\r\n--b--'),
    'a base64 attachment whose decoded name says PDF': mail('Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n', '--b\r\nContent-Type: application/octet-stream; name="=?utf-8?B?ZmFjdC5wZGY=?="\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--b--'),
    'a reminder letter named in RFC 2231': mail('Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n', "--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=utf-8''2e%20relance%20FA-1.docx\r\n\r\nx\r\n--b--"),
    'no header the mail reader knows': 'Bonjour, à demain.\r\n',
    'an empty file': '',
  };
  test.each(Object.keys(hidden))('%s: parsed anyway', (k) => {
    expect(mayConcernPayment(utf8(hidden[k]!))).toBe(true);
  });

  // Hidden from a byte scan, decoded by the prefilter as the mail reader decodes it: ordinary words do not pass.
  const decoded: Record<string, string> = {
    'an RFC 2231 file name': mail('Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n', "--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename*=utf-8''scan%2Epng\r\n\r\nx\r\n--b--"),
    'a uuencoded block': mail('Subject: x\r\n', 'Voir ci-dessous\r\nbegin 644 doc.bin\r\nM86)C\r\nend'),
    'a base64 message attached inline': mail('Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n', `--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(utf8('Subject: Photos\r\n\r\nLes photos du chantier.'))}\r\n--b--`),
  };
  test.each(Object.keys(decoded))('%s: decoded, read, ordinary', (k) => {
    expect(mayConcernPayment(utf8(decoded[k]!))).toBe(false);
    expect(mayConcernPayment(utf8(decoded[k]!.replace(/scan%2Epng|Voir ci-dessous|Les photos du chantier/, 'relance FA-1')
      .replace(/[A-Za-z0-9+/=]{20,}/, () => b64(utf8('Subject: Relance\r\n\r\nFacture FA-1 impay\u00e9e.')))))).toBe(true);
  });

  // The headers no rule reads (Received, DKIM, X-Spam-…, addresses) are not scanned; the ones read are.
  const head = (headers: string) => utf8(`${headers}\r\nBonjour, à demain.\r\n`);
  const base = 'From: Léa <lea@client.example>\r\nDate: Mon, 3 Mar 2025 10:00:00 +0100\r\nMessage-ID: <a@b>\r\n';
  test.each([
    ['a Received line', `Received: from payments.example by mx (invoice relay)\r\n${base}Subject: Déjeuner\r\n`],
    ['a folded X-Spam report', `${base}X-Spam-Report: PAYMENT_REQUEST 1.2\r\n\tINVOICE_OVERDUE 0.4\r\nSubject: Déjeuner\r\n`],
    ['an encoded sender name', `${base}To: =?utf-8?B?${b64(utf8('Service Relance'), false)}?= <a@owner.example>\r\nSubject: Déjeuner\r\n`],
    ['a line the mail reader takes for no header', `${base}payment overdue, no colon here\r\nSubject: Déjeuner\r\n`],
  ])('%s: not read, not scanned', (_, headers) => {
    expect(mayConcernPayment(head(headers))).toBe(false);
  });
  test.each([
    ['the subject', `${base}Subject: Facture FA-1\r\n`],
    ['a folded subject', `${base}Subject: Déjeuner et\r\n relance\r\n`],
    ['a subject with blanks around its name', `${base}Subject : 2e rappel\r\n`],
    ['a first header line starting with a blank', ` Subject: impayé\r\n${base}`],
    ["Relance's own header", `${base}Subject: x\r\nX-Relance-Tier: 2\r\n`],
    ['the body after an mbox envelope line', `From lea@client.example Mon Mar  3 10:00:00 2025\r\n${base}Subject: x\r\n\r\nFacture FA-1`],
    ['the headers of an attached message', `${base}Subject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: Relance FA-1\r\n\r\nx\r\n--b--`],
  ])('%s: read, scanned', (_, headers) => {
    expect(mayConcernPayment(head(headers))).toBe(true);
  });
});

test('qpEscapes decodes =XX exactly as the replace it stands for', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('=', '=3D', '=C3=A9', 'a', 'F', '=4', '=g1', '=\r', ' ', '=ff', '=0A', 'x=')), (bits) => {
    const s = bits.join('');
    expect(qpEscapes(s)).toBe(s.replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  }), { numRuns: 500 });
});

