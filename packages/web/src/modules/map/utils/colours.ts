// What colour each thing on the map is drawn in. Risk levels use the four colours of 安委办〔2016〕11号
// (levelColour), major hazards the grade colours of the register (gradeHex), so the same red means the same on
// every page. Clusters take the colour of the worst thing inside them.
import type { MapLayer } from '@hazgov/domain/map/types';
import { levelColour, levelRank, riskLevels, type RiskLevel } from '@hazgov/domain/risk/types';
import { gradeHex } from '../../major-hazards/utils/grade-colors';
import type { MapFeatureProps } from '../api/map.types';

export const activityColour: Record<string, string> = {
  production: '#722ed1', storage: '#13c2c2', use: '#2f54eb', trade: '#eb2f96', transport: '#a0d911', disposal: '#8c8c8c',
};
export const layerColour: Record<MapLayer, string> = {
  enterprises: '#595959', major_hazards: '#cf1322', risk_points: '#ED7D31', pipelines: '#874d00',
  sensitive_targets: '#08979c', chemical_parks: '#9254de', areas: '#bfbfbf',
};
/** Sensitive targets are drawn as outlined squares-ish rings: a colour per category keeps schools findable. */
export const categoryColour: Record<string, string> = {
  school: '#096dd9', kindergarten: '#36cfc9', hospital: '#f5222d', elderly_home: '#d46b08', dense_housing: '#7cb305',
  public_venue: '#c41d7f', other: '#08979c',
};

const isLevel = (v: unknown): v is RiskLevel => typeof v === 'string' && (riskLevels as readonly string[]).includes(v);
const asGrade = (v: unknown): 1 | 2 | 3 | 4 | null => {
  const n = typeof v === 'string' ? Number(v) : v;
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
};

/** The fill colour of one feature (or cluster) by its layer's rule. */
export function featureColour(p: MapFeatureProps): string {
  if (p.cluster) {
    if (isLevel(p.worst)) return levelColour[p.worst];
    const g = asGrade(p.worst);
    if (g) return gradeHex[g];
    return layerColour[p.layer] ?? '#595959';
  }
  switch (p.layer) {
    case 'risk_points':
    case 'areas':
      return isLevel(p.level) ? levelColour[p.level] : layerColour[p.layer];
    case 'major_hazards': {
      const g = asGrade(p.grade);
      return g ? gradeHex[g] : layerColour.major_hazards;
    }
    case 'enterprises': {
      const first = (p.activities ?? []).find((a) => a in activityColour);
      return first ? activityColour[first]! : layerColour.enterprises;
    }
    case 'sensitive_targets':
      return categoryColour[p.category ?? 'other'] ?? categoryColour.other!;
    default:
      return layerColour[p.layer] ?? '#595959';
  }
}

/** Outline colour that stays visible on yellow fills. */
export function strokeColour(fill: string): string {
  return fill.toUpperCase() === levelColour.yellow.toUpperCase() || fill === gradeHex[3] ? '#8c7000' : '#ffffff';
}

/** Cluster marker diameter in pixels: grows with the logarithm of the count, 24 px for 2 up to 56 px. */
export function clusterSize(count: number): number {
  const n = Math.max(1, count);
  return Math.round(Math.min(56, 20 + 8 * Math.log10(n)));
}

/** Short count label: 1234 → "1.2k", 100000 → "100k". */
export function clusterLabel(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(count / 1000)}k`;
}

/** Which point layer lies on top where points overlap: risk points, then major hazards, enterprises, targets. */
const layerStack: Partial<Record<MapLayer, number>> = { sensitive_targets: 0, chemical_parks: 0, enterprises: 10, major_hazards: 20, risk_points: 30 };

/** Points are drawn in rising rank, so the worst of the top layer sits on top (and is what a click finds). */
export function drawRank(p: MapFeatureProps): number {
  const base = layerStack[p.layer] ?? 0;
  if (p.layer === 'risk_points' && isLevel(p.level)) return base + 5 - levelRank[p.level];
  const g = asGrade(p.grade);
  return base + (g ? 5 - g : 0);
}
