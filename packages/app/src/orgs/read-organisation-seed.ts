// Reads the organisation directory (data/plans/conghua-organisations.json by default) and checks its shape.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { invalid } from '@hazgov/domain/shared/app-error';
import type { OrganisationSeed } from './seed-organisations.js';

export const CONGHUA_ORGANISATIONS_FILE = fileURLToPath(new URL('../../../../data/plans/conghua-organisations.json', import.meta.url));

const seedSchema = z.object({
  organisations: z.array(z.object({
    key: z.string().min(1),
    kind: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().nullish(),
    code: z.string().nullish(),
    parentKey: z.string().nullable(),
  })).min(1),
});

export function readOrganisationSeed(file: string = CONGHUA_ORGANISATIONS_FILE): OrganisationSeed {
  const parsed = seedSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw invalid('ORGANISATION_SEED_INVALID', parsed.error.issues.slice(0, 5).map((i) => ({ field: i.path.join('.'), code: 'VALIDATION.custom' })), { file });
  return parsed.data;
}
