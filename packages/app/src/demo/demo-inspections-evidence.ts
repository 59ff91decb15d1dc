// The demo's photos: small PNGs made here (a coloured card with a darker band, 48 × 32 pixels, a few hundred bytes)
// — a photo of each failed item on site, the enterprise's rectification evidence for every finding reported done
// (a finding cannot be reported done without one), and the inspector's verification photo for some closed ones.
// Stored like uploads (attachments + attachment_contents, type image/png, SHA-256 of the bytes), taken_at set.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { Insertable } from 'kysely';
import type { DB } from '@hazgov/db/schema';
import type { FindingRow } from './demo-inspections-findings.js';
import type { Visits } from './demo-inspections-visits.js';
import type { Rng } from './prng.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid 8-bit RGB PNG of w × h: colour `rgb` with a band a third darker across the middle. */
export function demoPng(rgb: readonly [number, number, number], w = 48, h = 32): Buffer {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y += 1) {
    const band = y >= h / 3 && y < (2 * h) / 3;
    for (let x = 0; x < w; x += 1) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      for (let c = 0; c < 3; c += 1) raw[o + c] = band ? Math.round(rgb[c]! * 0.66) : rgb[c]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export type Evidence = { attachments: Insertable<DB['attachments']>[]; contents: Insertable<DB['attachment_contents']>[] };

export function buildEvidence(rng: Rng, visits: Visits, uploaders: { enterprise: (f: FindingRow) => string | null; inspector: (f: FindingRow) => string | null }): Evidence {
  const out: Evidence = { attachments: [], contents: [] };
  let n = 0;
  const add = (a: { path: string; kind: string; ownerId: string; itemId?: string | null; name: string; at: string; by: string | null; rgb: [number, number, number] }): void => {
    const bytes = demoPng(a.rgb);
    const id = `demo-att-${String((n += 1)).padStart(4, '0')}`;
    out.attachments.push({
      id, path: a.path, owner_kind: a.kind, owner_id: a.ownerId, item_id: a.itemId ?? null, file_name: a.name, mime: 'image/png', size: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'), taken_at: a.at, uploaded_by: a.by, uploaded_at: a.at,
    });
    out.contents.push({ id, content: bytes });
  };
  const tone = (): [number, number, number] => [rng.int(90, 200), rng.int(90, 200), rng.int(90, 200)];
  const findingOf = new Map(visits.findings.map((f) => [f.id, f]));
  // on site: a photo of most failed items (owner: the inspection, with the item)
  for (const r of visits.results.filter((x) => x.outcome === 'fail')) {
    if (!rng.chance(0.7)) continue;
    const f = findingOf.get(r.hazard_finding_id ?? '');
    add({ path: r.path, kind: 'inspection_result', ownerId: r.inspection_id, itemId: r.item_id, name: `现场照片-${r.item_id.slice(-6)}.png`, at: r.recorded_at, by: f?.found_by ?? null, rgb: tone() });
  }
  // rectification evidence of every finding reported done; a verification photo for a third of the closed ones
  for (const f of visits.findings) {
    if (f.submitted_at) add({ path: f.path, kind: 'rectification', ownerId: f.id, name: '整改完成照片.png', at: f.submitted_at, by: uploaders.enterprise(f), rgb: [rng.int(60, 120), rng.int(150, 210), rng.int(80, 140)] });
    if (f.status === 'closed' && f.verified_at && rng.chance(0.33)) add({ path: f.path, kind: 'verification', ownerId: f.id, name: '复查照片.png', at: f.verified_at, by: uploaders.inspector(f), rgb: [rng.int(60, 120), rng.int(100, 160), rng.int(160, 220)] });
  }
  return out;
}
