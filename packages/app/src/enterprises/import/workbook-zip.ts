// exceljs's streaming reader reads the zip in file order and needs xl/workbook.xml, its relationships and the shared
// strings BEFORE the worksheets; otherwise it fails ('sheets' of undefined) or loses the sheet names. Excel and WPS
// write that order, but exceljs itself (and other tools) write the workbook part last. So the entries are put in the
// order the reader needs first — the compressed data is copied, not inflated again (jszip reuses it when the
// compression method is unchanged) — and the sheet names are read here from workbook.xml and its relationships,
// for the case where a relationship's target is written in a form exceljs does not match (an absolute path).
import JSZip from 'jszip';

const FIRST = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];

const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

/** Sheet number of the worksheet part ('xl/worksheets/sheet3.xml' → '3') → the sheet's name. */
async function sheetNamesOf(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target);
  }
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const rid = attr(tag, 'r:id');
    const target = rid ? targets.get(rid) : undefined;
    const no = target ? /sheet(\d+)\.xml$/.exec(target)?.[1] : undefined;
    if (name !== null && no) names.set(no, unescapeXml(name));
  }
  return names;
}

/** The workbook with its parts in streaming order, and its sheet names by worksheet number; null if not a zip. */
export async function prepareForStreaming(buffer: Buffer): Promise<{ buffer: Buffer; sheetNames: Map<string, string> } | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return null;
  }
  const sheetNames = await sheetNamesOf(zip);
  const entries = Object.entries(zip.files);
  const rank = (name: string): number => { const i = FIRST.indexOf(name); return i < 0 ? FIRST.length : i; };
  const ordered = [...entries].sort(([a], [b]) => rank(a) - rank(b)); // stable: the rest keep their order
  const files = zip.files as Record<string, JSZip.JSZipObject>;
  for (const [name] of entries) delete files[name];
  for (const [name, object] of ordered) files[name] = object;
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { buffer: out, sheetNames };
}
