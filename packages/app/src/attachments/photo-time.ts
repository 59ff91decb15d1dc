// The moment a photo was taken, from its EXIF DateTimeOriginal. EXIF stores a wall-clock time without a zone; the
// OffsetTimeOriginal tag (EXIF 2.31) gives the zone when the phone wrote it, else the photo was taken here, in China
// (UTC+8, no daylight saving), so the time is read as China time — never the server's zone.
import exifr from 'exifr';

const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^[+-]\d{2}:\d{2}$/;

export function exifTimeToIso(raw: string, offset: string | null | undefined): string | null {
  const m = EXIF_TIME.exec(raw.trim());
  if (!m) return null;
  const zone = offset && OFFSET.test(offset.trim()) ? offset.trim() : '+08:00';
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1990 ? null : d.toISOString();
}

/** null when the image has no readable EXIF time (PNGs usually, or a stripped JPEG); never throws. */
export async function photoTakenAt(bytes: Buffer): Promise<string | null> {
  try {
    const tags = (await exifr.parse(bytes, { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'], reviveValues: false })) as
      Record<string, unknown> | undefined;
    const raw = tags?.DateTimeOriginal;
    if (typeof raw !== 'string') return null;
    const offset = typeof tags?.OffsetTimeOriginal === 'string' ? tags.OffsetTimeOriginal : null;
    return exifTimeToIso(raw, offset);
  } catch {
    return null;
  }
}
