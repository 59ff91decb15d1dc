import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { woff2ToSfnt } from './woff2-to-sfnt.js';

const file = fileURLToPath(new URL('../../../../data/fonts/NotoSansSC-Regular-GB2312.woff2', import.meta.url));

describe('woff2ToSfnt', () => {
  it('unpacks the committed CFF font into an OpenType file with the same tables', () => {
    const woff2 = fs.readFileSync(file);
    const otf = woff2ToSfnt(woff2);
    expect(otf).not.toBeNull();
    if (!otf) return;
    expect(otf.toString('latin1', 0, 4)).toBe('OTTO');
    expect(otf.readUInt16BE(4)).toBe(woff2.readUInt16BE(12));
    const tags = Array.from({ length: otf.readUInt16BE(4) }, (_, i) => otf.toString('latin1', 12 + 16 * i, 16 + 16 * i));
    expect(tags).toContain('CFF ');
    expect(tags).toEqual([...tags].sort());
    expect(otf.length).toBe(woff2.readUInt32BE(16)); // totalSfntSize in the WOFF2 header
  });
  it('declines what it does not handle', () => {
    expect(woff2ToSfnt(Buffer.from('not a font at all, not at all, not at all, not at all'))).toBeNull();
  });
});
