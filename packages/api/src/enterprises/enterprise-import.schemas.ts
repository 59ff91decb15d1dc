// Shapes of the enterprise import/export routes (docs/api-contract.md § Enterprises, Import/export).
import { z } from 'zod';
import { listQuery } from './enterprises.schemas.js';

export const importJobParams = z.object({ jobId: z.string().min(1).max(100) });
export const importStarted = z.object({ jobId: z.string() });

export const importProblem = z.object({
  sheet: z.string().nullable(), row: z.number().nullable(), column: z.string().nullable(), code: z.string(), message: z.string(),
});

const counts = z.object({ enterprises: z.number(), units: z.number(), licences: z.number() });
export const importResult = z.object({
  enterprises: z.number(), units: z.number(), lines: z.number(), majorHazards: z.number(),
  created: counts.extend({ sites: z.number() }), updated: counts, unchanged: counts,
  identification: z.object({
    graded: z.number(), needsPopulation: z.number(), belowThreshold: z.number(), incomplete: z.number(), empty: z.number(),
    byGrade: z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number() }),
  }),
  changedMajorHazards: z.number(), notifications: z.number(),
});

export const importJobView = z.object({
  id: z.string(),
  status: z.enum(['running', 'failed', 'done']),
  phase: z.enum(['reading', 'checking', 'writing', 'identifying']),
  done: z.number(),
  total: z.number(),
  problems: z.array(importProblem),
  result: importResult.nullable(),
});

/** The enterprise list's filters (GET /api/enterprises) without paging: the export takes every match. */
export const exportQuery = listQuery.omit({ page: true, pageSize: true });
