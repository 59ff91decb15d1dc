// Turns the map routes' text parameters into the use cases' typed queries (the domain parses and names a bad
// parameter), and stored rows into the contract's shapes.
import type { MapFeaturesQuery } from '@hazgov/app/map/get-map-features';
import type { Ring } from '@hazgov/app/map/get-ring';
import type { ImportPreview, ImportProblem } from '@hazgov/app/map/import-problems';
import { parseBbox, parseChoiceList, parseLayers } from '@hazgov/domain/map/bbox';
import { enterpriseActivities, enterpriseStatuses } from '@hazgov/domain/enterprises/enterprise-values';
import { riskLevels, riskStatuses } from '@hazgov/domain/risk/types';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { z } from 'zod';
import { translate } from '../shared/messages.js';
import type { Locale } from '../shared/request.js';
import type { featuresQuery } from './map.schemas.js';

const one = <T extends string>(text: string | undefined, allowed: readonly T[], param: string): T | undefined => {
  const list = parseChoiceList(text, allowed, param);
  if (list && list.length > 1) throw new AppError('MAP_FILTER_INVALID', 'input', { param, value: text ?? '' }, [{ field: param, code: 'MAP_FILTER_INVALID', params: { param, value: text ?? '' } }]);
  return list?.[0];
};

export function parseFeaturesQuery(q: z.infer<typeof featuresQuery>): MapFeaturesQuery {
  const bbox = parseBbox(q.bbox);
  const layers = parseLayers(q.layers);
  let zoom: number | undefined;
  if (q.zoom !== undefined && q.zoom !== '') {
    zoom = Number(q.zoom);
    if (!Number.isInteger(zoom) || zoom < 0 || zoom > 22) {
      throw new AppError('MAP_FILTER_INVALID', 'input', { param: 'zoom', value: q.zoom }, [{ field: 'zoom', code: 'MAP_FILTER_INVALID', params: { param: 'zoom', value: q.zoom } }]);
    }
  }
  const cluster = one(q.cluster, ['auto', 'off'] as const, 'cluster') ?? 'auto';
  const grades = parseChoiceList(q.grade, ['1', '2', '3', '4'] as const, 'grade')?.map(Number);
  const status = one(q.status, [...riskStatuses, ...enterpriseStatuses], 'status');
  const category = q.category?.trim() || undefined;
  return {
    bbox, layers, zoom, cluster, territoryId: q.territoryId?.trim() || undefined,
    filters: {
      levels: parseChoiceList(q.level, riskLevels, 'level'),
      grades,
      activity: one(q.activity, enterpriseActivities, 'activity'),
      riskStatus: status && (riskStatuses as readonly string[]).includes(status) ? status : undefined,
      enterpriseStatus: status && (enterpriseStatuses as readonly string[]).includes(status) ? status : undefined,
      category,
    },
  };
}

/** An import's report with every problem worded in the caller's language. */
export function presentImport(report: ImportPreview, locale: Locale) {
  const word = (p: ImportProblem) => translate(p.code, locale, p.params ?? {});
  return {
    features: report.features.map((f) => ({ ...f, problems: f.problems.map((p) => ({ field: p.field, code: p.code, message: word(p) })) })),
    errors: report.errors.map((p) => ({ row: p.row, field: p.field, code: p.code, message: word(p) })),
    preview: report.preview,
  };
}

export function presentRing(r: Ring) {
  return r;
}
