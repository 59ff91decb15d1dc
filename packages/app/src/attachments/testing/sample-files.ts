// Small files built byte by byte for tests (and the demo): a 1×1 PNG, and a JPEG whose only content is an EXIF block
// with DateTimeOriginal (and optionally OffsetTimeOriginal) — enough for file-type (FF D8 FF) and exifr.

/** A valid 1×1 transparent PNG (67 bytes). */
export const tinyPng = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** JPEG markers around a little-endian TIFF block: IFD0 → Exif IFD → DateTimeOriginal 'YYYY:MM:DD HH:MM:SS' (+ offset '+08:00'). */
export function jpegWithExif(dateTimeOriginal: string, offsetTimeOriginal?: string): Buffer {
  const ascii = (s: string) => Buffer.concat([Buffer.from(s, 'ascii'), Buffer.from([0])]);
  const dt = ascii(dateTimeOriginal); // 20 bytes for a well-formed time
  const off = offsetTimeOriginal ? ascii(offsetTimeOriginal) : null;
  const entries = off ? 2 : 1;
  const ifd0At = 8;
  const exifAt = ifd0At + 2 + 12 + 4;
  const dataAt = exifAt + 2 + 12 * entries + 4;
  const tiff = Buffer.alloc(dataAt + dt.length + (off?.length ?? 0));
  tiff.write('II', 0, 'ascii');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(ifd0At, 4);
  tiff.writeUInt16LE(1, ifd0At);
  tiff.writeUInt16LE(0x8769, ifd0At + 2); // ExifIFDPointer, LONG
  tiff.writeUInt16LE(4, ifd0At + 4);
  tiff.writeUInt32LE(1, ifd0At + 6);
  tiff.writeUInt32LE(exifAt, ifd0At + 10);
  tiff.writeUInt32LE(0, ifd0At + 14);
  tiff.writeUInt16LE(entries, exifAt);
  const entry = (i: number, tag: number, value: Buffer, at: number) => {
    const p = exifAt + 2 + 12 * i;
    tiff.writeUInt16LE(tag, p);
    tiff.writeUInt16LE(2, p + 2); // ASCII
    tiff.writeUInt32LE(value.length, p + 4);
    tiff.writeUInt32LE(at, p + 8);
    value.copy(tiff, at);
  };
  entry(0, 0x9003, dt, dataAt);
  if (off) entry(1, 0x9011, off, dataAt + dt.length);
  tiff.writeUInt32LE(0, exifAt + 2 + 12 * entries);
  const header = Buffer.from('Exif\0\0', 'binary');
  const app1Length = 2 + header.length + tiff.length;
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, app1Length >> 8, app1Length & 0xff]), header, tiff]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, Buffer.from([0xff, 0xd9])]);
}

/** A minimal PDF header (enough for file-type). */
export const tinyPdf = (): Buffer => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'ascii');
