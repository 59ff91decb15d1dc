// The font of the printed risk documents. Normally the committed Noto Sans SC subset (data/fonts/, GB 2312 and the
// data files' characters), so a fresh install prints Chinese with no system fonts. Risk points are typed by people,
// and names hold characters outside GB 2312 (喆, 堃, 镕 …). When a document has such a character and the full Noto
// Sans CJK (the subset's own source, so the page looks the same) is installed, the whole document uses that font
// instead: one font per document keeps the text extractable with one ToUnicode map. A character neither font has
// (an emoji, or any rare hanzi on a machine without the system font) is drawn as □ and listed by code point at the
// document's end — never dropped silently.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { woff2ToSfnt } from '../../major-hazards/woff2-to-sfnt.js';

const SUBSET_FILE = fileURLToPath(new URL('../../../../../data/fonts/NotoSansSC-Regular-GB2312.woff2', import.meta.url));
const CHARS_FILE = fileURLToPath(new URL('../../../../../data/fonts/NotoSansSC-Regular-GB2312.chars.txt', import.meta.url));

/** Where distributions install Noto Sans CJK (fonts-noto-cjk, google-noto-sans-cjk-fonts, noto-fonts-cjk), and the face to take. */
export type SystemFont = { file: string; face?: string };
export const SYSTEM_CJK_FONTS: readonly SystemFont[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf' },
];

let subset: { data: Buffer; chars: Set<string> } | null = null;
function loadSubset(): { data: Buffer; chars: Set<string> } {
  if (!subset) {
    const woff2 = fs.readFileSync(SUBSET_FILE);
    subset = { data: woff2ToSfnt(woff2) ?? woff2, chars: new Set(fs.readFileSync(CHARS_FILE, 'utf8')) };
  }
  return subset;
}
const systemData = new Map<string, Buffer>();

export type CjkFont = {
  /** 'subset' (the committed font) or the system font file chosen. */
  source: string;
  /** The text with every character the font lacks replaced by □ (and remembered in `missing`). */
  safe: (text: string) => string;
  missing: Set<string>;
};

type GlyphFont = { hasGlyphForCodePoint: (cp: number) => boolean };
const fontkitOf = (doc: PDFKit.PDFDocument): GlyphFont | undefined => (doc as unknown as { _font?: { font?: GlyphFont } })._font?.font;

/**
 * Registers and selects the document's font ('cjk'), chosen for all the text the document will print.
 * `systemFonts` is for tests (an empty list = a machine without CJK fonts).
 */
export function useCjkFont(doc: PDFKit.PDFDocument, texts: Iterable<string>, systemFonts: readonly SystemFont[] = SYSTEM_CJK_FONTS): CjkFont {
  const { data, chars } = loadSubset();
  const lacking = new Set<string>();
  for (const t of texts) for (const c of t) if (c !== '\n' && !chars.has(c)) lacking.add(c);
  let has = (c: string): boolean => chars.has(c);
  let source = 'subset';
  if (lacking.size > 0) {
    for (const f of systemFonts) {
      if (!fs.existsSync(f.file)) continue;
      try {
        let buf = systemData.get(f.file);
        if (!buf) { buf = fs.readFileSync(f.file); systemData.set(f.file, buf); }
        doc.registerFont('cjk-system', buf, f.face as string);
        doc.font('cjk-system');
        const glyphs = fontkitOf(doc);
        if (!glyphs) continue;
        const cache = new Map<string, boolean>();
        has = (c) => {
          let v = cache.get(c);
          if (v === undefined) { v = glyphs.hasGlyphForCodePoint(c.codePointAt(0) ?? 0); cache.set(c, v); }
          return v;
        };
        source = f.file;
        break;
      } catch { /* an unreadable font file: try the next, or stay with the subset */ }
    }
  }
  if (source === 'subset') {
    doc.registerFont('cjk', data);
    doc.font('cjk');
  }
  const missing = new Set<string>();
  const safe = (text: string): string => [...text.replace(/[\t\r]/g, ' ')].map((c) => {
    if (c === '\n' || has(c)) return c;
    missing.add(c);
    return '□';
  }).join('');
  return { source, safe, missing };
}

/** "U+1F600 U+2A6A5" — how a missing character is named on paper. */
export const codePoints = (chars: Iterable<string>): string =>
  [...chars].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
