// Pixel arithmetic of the point cloud: colours packed for a Uint32 view of ImageData (RGBA bytes in memory, read
// as ABGR on a little-endian machine, which every browser we ship to is) and the pixels of a small disc.

/** '#RRGGBB' → the Uint32 an ImageData buffer holds on a little-endian machine (every browser we ship to). */
export function packColour(hex: string, alpha = 0xff): number {
  const n = parseInt(hex.replace('#', '').slice(0, 6), 16);
  const r = (n >> 16) & 0xff, g = (n >> 8) & 0xff, b = n & 0xff;
  return ((alpha << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

const discs = new Map<number, Int16Array>();
/** [dx, dy, isRim] triples of a disc of radius r with a one-pixel rim. */
export function discOffsets(r: number): Int16Array {
  const hit = discs.get(r);
  if (hit) return hit;
  const out: number[] = [];
  const outer = (r + 0.5) ** 2, inner = (r - 0.5) ** 2;
  for (let dy = -r; dy <= r; dy += 1) {
    for (let dx = -r; dx <= r; dx += 1) {
      const d = dx * dx + dy * dy;
      if (d <= outer) out.push(dx, dy, d > inner ? 1 : 0);
    }
  }
  const arr = Int16Array.from(out);
  discs.set(r, arr);
  return arr;
}
