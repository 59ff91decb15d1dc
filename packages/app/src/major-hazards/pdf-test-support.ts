// For tests: reads back what a generated PDF says. Inflates its streams, reads the ToUnicode maps pdfkit writes
// for embedded fonts, and decodes the hex glyph strings of Tj/TJ operators, so a test can check the Chinese text a
// person would see (and copy) without a PDF library. Enough for pdfkit's output, not a general PDF reader.
import zlib from 'node:zlib';

export type PdfFacts = { header: string; pageCount: number; fontNames: string[]; text: string };

function streams(pdf: Buffer): { dict: string; data: Buffer }[] {
  const out: { dict: string; data: Buffer }[] = [];
  const latin = pdf.toString('latin1');
  const re = /<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g;
  for (let m = re.exec(latin); m; m = re.exec(latin)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf('endstream', start);
    let data = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1] ?? '')) {
      try { data = zlib.inflateSync(data); } catch { continue; }
    }
    out.push({ dict: m[1] ?? '', data });
  }
  return out;
}

const utf16 = (hex: string): string => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

function readCmap(text: string, map: Map<number, string>): void {
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1] ?? '0', 16), utf16(m[2] ?? ''));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const lo = parseInt(m[1] ?? '0', 16);
      const hi = parseInt(m[2] ?? '0', 16);
      const dst = m[3] ?? '';
      if (dst.startsWith('[')) [...dst.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1] ?? '')));
      else { const base = parseInt(dst.slice(1, -1), 16); for (let c = lo; c <= hi; c += 1) map.set(c, String.fromCharCode(base + c - lo)); }
    }
  }
}

export function readPdf(pdf: Buffer): PdfFacts {
  const latin = pdf.toString('latin1');
  const all = streams(pdf);
  const cmap = new Map<number, string>();
  for (const s of all) { const t = s.data.toString('latin1'); if (t.includes('begincmap')) readCmap(t, cmap); }
  const parts: string[] = [];
  for (const s of all) {
    const t = s.data.toString('latin1');
    if (t.includes('begincmap') || !/T[Jj]/.test(t)) continue;
    for (const op of t.matchAll(/(\[(?:[^\]]*)\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
      let line = '';
      for (const h of (op[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)) {
        const hex = h[1] ?? '';
        for (let i = 0; i + 4 <= hex.length; i += 4) line += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
      }
      parts.push(line);
    }
  }
  return {
    header: latin.slice(0, 8),
    pageCount: (latin.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length,
    fontNames: [...new Set([...latin.matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1] ?? ''))],
    text: parts.join('\n'),
  };
}
