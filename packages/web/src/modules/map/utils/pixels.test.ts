import { describe, expect, it } from 'vitest';
import { discOffsets, packColour } from './pixels';

describe('point cloud pixels', () => {
  it('packs #RRGGBB as the bytes R, G, B, A in memory', () => {
    const bytes = new Uint8Array(new Uint32Array([packColour('#ED7D31')]).buffer);
    expect([...bytes]).toEqual([0xed, 0x7d, 0x31, 0xff]);
    expect([...new Uint8Array(new Uint32Array([packColour('#00B0F0', 0x80)]).buffer)]).toEqual([0x00, 0xb0, 0xf0, 0x80]);
  });

  it('stamps a disc of radius 3 with a rim: 37 pixels within 3.5 of the centre, the centre filled', () => {
    // Integer points with dx² + dy² ≤ (3 + 0.5)² = 12.25: dy = 0 and ±1 allow |dx| ≤ 3 (7 each), dy = ±2 allows
    // dx² ≤ 8.25 (5), dy = ±3 allows dx² ≤ 3.25 (3): 7 + 2·(7 + 5 + 3) = 37.
    const d = discOffsets(3);
    const triples = [...Array(d.length / 3).keys()].map((i) => [d[3 * i], d[3 * i + 1], d[3 * i + 2]]);
    expect(triples).toHaveLength(37);
    expect(triples).toContainEqual([0, 0, 0]);
    expect(triples).toContainEqual([3, 0, 1]);
    expect(triples).not.toContainEqual([3, 3, 1]);
    expect(discOffsets(3)).toBe(d); // cached
  });
});
