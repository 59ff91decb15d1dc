// The shape both map imports answer with (docs/api-contract.md § Map): every feature with its problems, every
// problem with its row (feature index + 1, or the sheet row of an .xlsx; 0 for the file) and field, and a preview.
// Messages are the API's (codes + params here), so the CLI and the API word them the same way.
import type { Feature, FeatureCollection } from 'geojson';
import { AppError } from '@hazgov/domain/shared/app-error';
import type { GeoProblem } from '@hazgov/domain/map/geojson-validate';

export type ImportProblem = GeoProblem;
export type ImportFeatureReport = {
  index: number; organisation?: { id: string; name: string; kind: string } | null; name: string; area_km2?: number | null;
  ok: boolean; problems: ImportProblem[];
};
export type ImportPreview = { features: ImportFeatureReport[]; errors: ImportProblem[]; preview: FeatureCollection };
export type ImportOutcome = { dryRun: true; report: ImportPreview } | { dryRun: false; imported: number };

export function previewCollection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/** All or nothing: any problem refuses the whole file with every problem in the details. */
export function refuseImport(errors: readonly ImportProblem[]): AppError {
  return new AppError('MAP_IMPORT_INVALID', 'input', { count: errors.length },
    errors.map((e) => ({ row: e.row, field: e.field, code: e.code, ...(e.params ? { params: e.params } : {}) })));
}

/** Text of an uploaded GeoJSON file: UTF-8 (a byte-order mark is dropped). */
export const textOf = (file: Buffer): string => file.toString('utf8');

export function nonNegativeInteger(v: unknown): number | null | 'bad' {
  if (v === undefined || v === null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isInteger(n) && n >= 0 && n <= 100_000_000 ? n : 'bad';
}
