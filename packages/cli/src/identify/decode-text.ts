// The text of a .csv as spreadsheets save it. Excel on a Chinese Windows saves "CSV (逗号分隔)" in GBK (code page
// 936), "CSV UTF-8" with a BOM, and "Unicode 文本" as UTF-16 with tabs. A file that is not valid UTF-8 is decoded
// as GB 18030 (the superset of GBK that WHATWG's "gbk" label decodes), and the caller says so, since a file in yet
// another encoding (Big5, Shift-JIS) would also decode as GB 18030 into wrong characters without any error.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type DecodedText = { ok: true; text: string; encoding: TextEncoding; bom: boolean } | { ok: false; problem: 'not_text' };

const strict = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return strict(label).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    return text === null ? { ok: false, problem: 'not_text' } : { ok: true, text, encoding: 'utf-8', bom: true };
  }
  for (const [label, first, second] of [['utf-16le', 0xff, 0xfe], ['utf-16be', 0xfe, 0xff]] as const) {
    if (b0 === first && b1 === second) {
      const text = tryDecode(bytes.subarray(2), label);
      return text === null ? { ok: false, problem: 'not_text' } : { ok: true, text, encoding: label, bom: true };
    }
  }
  // NUL bytes: a binary file (or UTF-16 without a BOM), not a CSV
  if (bytes.includes(0)) return { ok: false, problem: 'not_text' };
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  const gb = tryDecode(bytes, 'gb18030');
  return gb === null ? { ok: false, problem: 'not_text' } : { ok: true, text: gb, encoding: 'gb18030', bom: false };
}
