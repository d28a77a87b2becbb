/**
 * The manifests, checked offline: the unified JSON twin against the schemas shipped in
 * @microsoft/app-manifest; the XML add-in-only manifest structurally (element order of the
 * schema, resource ids, URLs, locales, permission, requirement sets).
 */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const manifest = JSON.parse(read('manifest/manifest.json'));
const fr = JSON.parse(read('manifest/fr-fr.json'));
const schemaDir = join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams', `v${manifest.manifestVersion}`);

/** The shipped schemas declare draft-04; ajv 8 validates them with the draft-07 engine once `$schema` is dropped (they use no draft-04-only keyword, checked below). Their patterns are not valid in the \u regex mode, hence unicodeRegExp: false. */
function compile(file: string) {
  const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
  expect(JSON.stringify(schema)).not.toMatch(/"exclusive(Minimum|Maximum)":\s*(true|false)/);
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('unified manifest (JSON)', () => {
  test('validates against the MicrosoftTeams schema of its manifestVersion', () => {
    const validate = compile('MicrosoftTeams.schema.json');
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });
  test('the schema would catch a broken manifest', () => {
    const validate = compile('MicrosoftTeams.schema.json');
    expect(validate({ ...manifest, extensions: [{ ...manifest.extensions[0], runtimes: [{ id: 'x' }] }] })).toBe(false);
  });
  test('the French localization file validates and covers every string of the ribbons', () => {
    const validate = compile('MicrosoftTeams.Localization.schema.json');
    expect(validate(fr) ? [] : validate.errors).toEqual([]);
    const keys: string[] = [];
    manifest.extensions[0].ribbons.forEach((r: any, ri: number) => r.tabs.forEach((t: any, ti: number) => t.groups.forEach((g: any, gi: number) => {
      const p = `extensions[0].ribbons[${ri}].tabs[${ti}].groups[${gi}]`;
      keys.push(`${p}.label`);
      g.controls.forEach((_c: any, ci: number) => keys.push(`${p}.controls[${ci}].label`, `${p}.controls[${ci}].supertip.title`, `${p}.controls[${ci}].supertip.description`));
    })));
    expect(keys.filter((k) => !(k in fr))).toEqual([]);
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'fr-fr', file: 'fr-fr.json' }]);
  });
  test('asks for read/write on the item only, a pinnable pane, and a Mailbox baseline of at most 1.5', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }]);
    expect(manifest.extensions[0].runtimes[0].actions[0].pinnable).toBe(true);
    expect(manifest.extensions[0].ribbons.map((r: any) => r.contexts).flat().sort()).toEqual(['mailCompose', 'mailRead']);
    const min = manifest.extensions[0].requirements.capabilities.find((c: any) => c.name === 'Mailbox').minVersion;
    expect(Number(min.split('.')[1])).toBeLessThanOrEqual(5);
  });
});

// XML: parsed with order preserved, so element order can be checked against the schema's sequences.
type Node = Record<string, any>;
const xml = read('manifest/manifest.xml');
const tree: Node[] = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
const kids = (n: Node): Node[] => n[nameOf(n)] ?? [];
const attrs = (n: Node): Record<string, string> => n[':@'] ?? {};
const elements = (list: Node[]) => list.filter((n) => !('#text' in n) && !('?xml' in n) && !('#comment' in n));
function* walk(list: Node[]): Generator<Node> { for (const n of elements(list)) { yield n; yield* walk(kids(n)); } }
const officeApp = elements(tree).find((n) => nameOf(n) === 'OfficeApp')!;
const all = [...walk([officeApp])];

/** Order of the MailApp sequence in the OfficeApp schema (optional elements may be absent). */
const MAILAPP_ORDER = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
  'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'Dictionary', 'VersionOverrides'];
const VO_ORDER = ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'];
const RESOURCES_ORDER = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'];
const inOrder = (names: string[], order: string[]) => names.every((n, i) => i === 0 || order.indexOf(names[i - 1]!) < order.indexOf(n)) && names.every((n) => order.includes(n));

describe('add-in-only manifest (XML)', () => {
  test('is a MailApp whose elements follow the schema order', () => {
    expect(attrs(officeApp)['xsi:type']).toBe('MailApp');
    expect(inOrder(elements(kids(officeApp)).map(nameOf), MAILAPP_ORDER)).toBe(true);
    for (const vo of all.filter((n) => nameOf(n) === 'VersionOverrides')) expect(inOrder(elements(kids(vo)).map(nameOf), VO_ORDER)).toBe(true);
    for (const r of all.filter((n) => nameOf(n) === 'Resources')) expect(inOrder(elements(kids(r)).map(nameOf), RESOURCES_ORDER)).toBe(true);
  });
  test('asks for ReadWriteItem and nothing more', () => {
    expect(all.filter((n) => nameOf(n) === 'Permissions').map((n) => kids(n)[0]?.['#text'])).toEqual(['ReadWriteItem']);
  });
  test('every resid resolves to a resource of the same VersionOverrides', () => {
    for (const vo of all.filter((n) => nameOf(n) === 'VersionOverrides')) {
      const own = [...walk(kids(vo))].filter((n) => !nameOf(n).startsWith('VersionOverrides') || n === vo);
      const inner = [...walk(kids(vo))].filter((n) => nameOf(n) === 'VersionOverrides').flatMap((v) => [...walk(kids(v))]);
      const mine = own.filter((n) => !inner.includes(n));
      const ids = new Set(mine.filter((n) => nameOf(n) === 'Resources').flatMap((r) => [...walk(kids(r))]).map((n) => attrs(n).id).filter(Boolean));
      const used = mine.map((n) => attrs(n).resid).filter(Boolean);
      expect(used.length).toBeGreaterThan(0);
      expect(used.filter((id) => !ids.has(id))).toEqual([]);
    }
  });
  test('every URL is https under the one base, and every string has a fr-FR override', () => {
    const urls = all.flatMap((n) => [attrs(n).DefaultValue, nameOf(n) === 'AppDomain' ? kids(n)[0]?.['#text'] : undefined]).filter((v): v is string => !!v && /^\w+:\/\//.test(v));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith('https://localhost:3000'))).toEqual([]);
    const strings = all.filter((n) => ['DisplayName', 'Description', 'bt:String'].includes(nameOf(n)) && attrs(n).DefaultValue !== undefined);
    expect(strings.filter((n) => !elements(kids(n)).some((k) => /Override$/.test(nameOf(k)) && attrs(k).Locale === 'fr-FR'))).toEqual([]);
    expect(all.find((n) => nameOf(n) === 'DefaultLocale')![ 'DefaultLocale'][0]['#text']).toBe('en-US');
  });
  test('read and compose surfaces open a pinnable pane; the Mailbox baseline is at most 1.5', () => {
    const points = all.filter((n) => nameOf(n) === 'ExtensionPoint').map((n) => attrs(n)['xsi:type']);
    expect(points).toEqual(expect.arrayContaining(['MessageReadCommandSurface', 'MessageComposeCommandSurface']));
    expect(all.filter((n) => nameOf(n) === 'SupportsPinning').map((n) => kids(n)[0]?.['#text'])).toEqual([true, true]);
    const versions = all.flatMap((n) => [attrs(n).MinVersion, attrs(n).DefaultMinVersion]).filter(Boolean).map((v) => Number(v!.split('.')[1]));
    expect(versions.length).toBeGreaterThan(0);
    expect(Math.max(...versions)).toBeLessThanOrEqual(5);
  });
  test('the build rewrites every development URL to the production base', async () => {
    const { rebase } = await import('../../src/hosts/outlook/build.mjs' as string);
    const out: string = rebase(xml, 'https://relance.example.org/');
    expect(out).not.toContain('localhost');
    expect(out.match(/https:\/\/relance\.example\.org\/addin\//g)!.length).toBe(xml.match(/https:\/\/localhost:3000\/addin\//g)!.length);
  });
});
