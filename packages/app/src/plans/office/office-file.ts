// First look at an uploaded Office file, before any library unpacks it: size, magic bytes and the zip's own
// directory. Checking the declared unpacked size here keeps a small "zip bomb" from being inflated in memory.

/** Upload limit for plan tables (api-contract: ≤ 5 MB); the API answers 413 above it. */
export const MAX_PLAN_TABLE_BYTES = 5 * 1024 * 1024;

/** A real plan table unpacks to a few MB; 100 MiB leaves room for pictures and refuses inflation attacks. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

export type OfficeKind = 'xlsx' | 'docx';

// params.limit is the human-readable limit the API's FILE_TOO_LARGE message interpolates.
export type OfficeSniff =
  | { ok: true; kind: OfficeKind; entries: readonly string[] }
  | { ok: false; code: 'not_office_file' | 'file_too_large'; params: Record<string, string | number> };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
// Old binary .xls/.doc (and password-protected OOXML) are OLE compound files: worth a specific hint in the UI.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

function startsWith(buf: Buffer, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return (m?.[1] ?? '').toLowerCase();
}

type ZipDirectory = { entries: string[]; unpackedBytes: number };

/**
 * Reads the central directory (end of the file) for entry names and declared unpacked sizes. Returns null when
 * the structure is not a readable zip. Declared sizes can lie; the libraries that inflate afterwards check CRCs,
 * so a lying archive fails there instead.
 */
export function readZipDirectory(buf: Buffer): ZipDirectory | null {
  const EOCD = 0x06054b50;
  const minEocd = 22;
  let eocd = -1;
  // The end record sits in the last 22 bytes plus an optional comment of up to 65535 bytes.
  for (let i = buf.length - minEocd; i >= Math.max(0, buf.length - minEocd - 0xffff); i -= 1) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // ZIP64: the real values are in the ZIP64 end record, located just before the classic one.
    const locator = eocd - 20;
    if (locator < 0 || buf.readUInt32LE(locator) !== 0x07064b50) return null;
    const z64 = Number(buf.readBigUInt64LE(locator + 8));
    if (z64 < 0 || z64 + 56 > buf.length || buf.readUInt32LE(z64) !== 0x06064b50) return null;
    count = Number(buf.readBigUInt64LE(z64 + 32));
    offset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  const entries: string[] = [];
  let unpackedBytes = 0;
  let p = offset;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen > buf.length) return null;
    entries.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    if (size === 0xffffffff) size = zip64UnpackedSize(buf, p + 46 + nameLen, extraLen) ?? Number.MAX_SAFE_INTEGER;
    unpackedBytes += size;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, unpackedBytes };
}

function zip64UnpackedSize(buf: Buffer, start: number, length: number): number | null {
  for (let q = start; q + 4 <= start + length; ) {
    const id = buf.readUInt16LE(q);
    const len = buf.readUInt16LE(q + 2);
    if (id === 0x0001 && len >= 8) return Number(buf.readBigUInt64LE(q + 4));
    q += 4 + len;
  }
  return null;
}

/** Decides whether a buffer is an .xlsx or .docx worth opening; the kind comes from the content, not the name. */
export function sniffOfficeFile(file: Buffer, fileName: string): OfficeSniff {
  if (file.length > MAX_PLAN_TABLE_BYTES) {
    return { ok: false, code: 'file_too_large', params: { limit: '5 MB', limitBytes: MAX_PLAN_TABLE_BYTES, sizeBytes: file.length } };
  }
  const ext = extensionOf(fileName);
  if (ext !== 'xlsx' && ext !== 'docx') {
    return { ok: false, code: 'not_office_file', params: { extension: ext, ...(startsWith(file, OLE_MAGIC) ? { hint: 'legacy_office' } : {}) } };
  }
  if (startsWith(file, OLE_MAGIC)) return { ok: false, code: 'not_office_file', params: { extension: ext, hint: 'legacy_office' } };
  if (!startsWith(file, ZIP_MAGIC)) return { ok: false, code: 'not_office_file', params: { extension: ext } };
  const dir = readZipDirectory(file);
  if (!dir) return { ok: false, code: 'not_office_file', params: { extension: ext, hint: 'corrupt' } };
  if (dir.unpackedBytes > MAX_UNPACKED_BYTES) {
    return { ok: false, code: 'file_too_large', params: { limit: '100 MB', limitBytes: MAX_UNPACKED_BYTES, sizeBytes: dir.unpackedBytes, hint: 'unpacked' } };
  }
  // A workbook saved with the wrong extension is still the user's table: read what is inside.
  if (dir.entries.includes('xl/workbook.xml')) return { ok: true, kind: 'xlsx', entries: dir.entries };
  if (dir.entries.some((e) => e.startsWith('word/'))) return { ok: true, kind: 'docx', entries: dir.entries };
  return { ok: false, code: 'not_office_file', params: { extension: ext } };
}
