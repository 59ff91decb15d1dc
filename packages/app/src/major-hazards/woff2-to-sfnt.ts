// Unpacks a WOFF2 font whose tables are stored untransformed (the CFF font in data/fonts/: WOFF2 transforms only
// TrueType glyf/loca and, optionally, hmtx) into a plain OpenType file, with Node's own Brotli. pdfkit would
// otherwise decompress the WOFF2 in JavaScript for every report (~0.35 s); unpacked once, a report takes ~0.05 s.
// Returns null for anything it does not handle (a transformed table, a collection), and the caller passes the
// WOFF2 to pdfkit as it is.
import zlib from 'node:zlib';

const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp',
  'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL',
  'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx',
  'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
] as const;

function readBase128(buf: Buffer, at: { pos: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i += 1) {
    const byte = buf.readUInt8(at.pos);
    at.pos += 1;
    if (i === 0 && byte === 0x80) throw new Error('woff2: leading zero in UIntBase128');
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  throw new Error('woff2: UIntBase128 longer than 5 bytes');
}

const pad4 = (n: number): number => (n + 3) & ~3;

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc(pad4(data.length) - data.length)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

export function woff2ToSfnt(woff2: Buffer): Buffer | null {
  if (woff2.length < 48 || woff2.toString('latin1', 0, 4) !== 'wOF2') return null;
  const flavor = woff2.readUInt32BE(4);
  if (flavor === 0x74746366) return null; // 'ttcf': a collection
  const numTables = woff2.readUInt16BE(12);
  const compressedSize = woff2.readUInt32BE(20);
  const at = { pos: 48 };
  const tables: { tag: string; length: number }[] = [];
  for (let i = 0; i < numTables; i += 1) {
    const flags = woff2.readUInt8(at.pos);
    at.pos += 1;
    const index = flags & 0x3f;
    const version = flags >> 6;
    let tag: string;
    if (index === 63) { tag = woff2.toString('latin1', at.pos, at.pos + 4); at.pos += 4; } else tag = KNOWN_TAGS[index] ?? '';
    const length = readBase128(woff2, at);
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    if (transformed || tag === '') return null;
    tables.push({ tag, length });
  }
  const data = zlib.brotliDecompressSync(woff2.subarray(at.pos, at.pos + compressedSize));

  let offset = 12 + 16 * numTables;
  let read = 0;
  const placed = tables.map((t) => {
    const bytes = data.subarray(read, read + t.length);
    read += t.length;
    const entry = { tag: t.tag, bytes, offset };
    offset += pad4(t.length);
    return entry;
  });
  if (read !== data.length) return null;
  const out = Buffer.alloc(offset);
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(16 * 2 ** entrySelector, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - 16 * 2 ** entrySelector, 10);
  // The directory is sorted by tag (OpenType requires it); the data keeps the WOFF2 order.
  [...placed].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)).forEach((t, i) => {
    const d = 12 + 16 * i;
    out.write(t.tag, d, 4, 'latin1');
    out.writeUInt32BE(checksum(t.bytes), d + 4);
    out.writeUInt32BE(t.offset, d + 8);
    out.writeUInt32BE(t.bytes.length, d + 12);
  });
  for (const t of placed) t.bytes.copy(out, t.offset);
  return out;
}
