// The boundary's provenance in the map's attribution line (which Leaflet reads as HTML, hence the escaping):
// where the outline comes from, its licence and how precise it is.
import type { TFunction } from 'i18next';
import type { BoundaryProps } from '../api/map.types';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Short on the map (the package name and the licence's first words), in full on hover. */
export function boundaryAttribution(p: Partial<BoundaryProps>, t: TFunction): string {
  const full = [
    p.source && t('map.attribution.source', { source: p.source }),
    p.licence && t('map.attribution.licence', { licence: p.licence }),
    p.precisionNote,
  ].filter((x): x is string => !!x).join(' · ');
  const short = [
    p.source && t('map.attribution.source', { source: p.source.split(/\s+/)[0] }),
    p.licence && t('map.attribution.licence', { licence: p.licence.split(/\s+/)[0] }),
  ].filter((x): x is string => !!x).join(' · ');
  return `<span data-testid="boundary-attribution" title="${escapeHtml(full)}">${escapeHtml(short || full)}</span>`;
}
