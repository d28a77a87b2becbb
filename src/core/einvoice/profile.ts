/**
 * Readable profile names for the guideline / customization ids of Factur-X, ZUGFeRD, XRechnung and
 * EN 16931 (the ids themselves are kept as `ExtractedInvoice.profile`, exactly as the document says).
 * @example profileName('urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic') // → 'BASIC'
 * @example profileName('urn:factur-x.eu:1p0:basicwl') // → 'BASIC WL'
 */
const RULES: [RegExp, string][] = [
  [/xrechnung/i, 'XRECHNUNG'],
  [/:basicwl$/i, 'BASIC WL'],
  [/:minimum$/i, 'MINIMUM'],
  [/:extended$/i, 'EXTENDED'],
  [/:basic$/i, 'BASIC'],
  [/:comfort$/i, 'COMFORT'],
  [/peppol\.eu:2017:poacc:billing:3\.0/i, 'PEPPOL BIS 3'],
  [/^urn:cen\.eu:en16931:2017(?:#compliant)?$/i, 'EN 16931'],
  [/:en16931$/i, 'EN 16931'],
];

/** The profile's usual name (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG…), or null when unknown. */
export function profileName(guidelineId: string | null): string | null {
  if (!guidelineId) return null;
  const id = guidelineId.trim();
  for (const [re, name] of RULES) if (re.test(id)) return name;
  return null;
}
