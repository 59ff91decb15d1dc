// A server cluster drawn as a disc sized by its count, in the colour of the worst thing inside, with the count.
import L from 'leaflet';
import type { MapFeatureProps } from '../api/map.types';
import { clusterLabel, clusterSize, featureColour, strokeColour } from '../utils/colours';

export function clusterIcon(p: MapFeatureProps): L.DivIcon {
  const count = p.count ?? 0;
  const size = clusterSize(count);
  const fill = featureColour(p);
  const text = strokeColour(fill) === '#ffffff' ? '#ffffff' : '#3d3000';
  const div = document.createElement('div');
  div.className = 'map-cluster';
  div.dataset.testid = 'map-cluster';
  div.dataset.layer = p.layer;
  div.dataset.count = String(count);
  div.style.cssText = `width:${size}px;height:${size}px;line-height:${size}px;background:${fill};color:${text}`;
  div.textContent = clusterLabel(count);
  return L.divIcon({ className: 'map-cluster-icon', html: div, iconSize: [size, size] });
}
