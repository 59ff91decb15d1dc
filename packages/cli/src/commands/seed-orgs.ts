// `hazgov seed-orgs [--file FILE]`: loads the organisation directory (default: the Conghua one) — the first
// step of a real installation, before `user add` creates the first district admin.
import { parseArgs } from 'node:util';
import { readOrganisationSeed } from '@hazgov/app/orgs/read-organisation-seed';
import { seedOrganisations } from '@hazgov/app/orgs/seed-organisations';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import { seedDistrictBoundary } from '@hazgov/app/map/seed-district-boundary';
import { ensureStarterChecklists } from '@hazgov/app/inspections/ensure-starter-checklists';
import { openContext, overridesFrom } from '../open-context.js';

export async function seedOrgsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, file: { type: 'string' } }, strict: true });
  const seed = readOrganisationSeed(values.file);
  const { ctx, close } = await openContext(overridesFrom(values));
  try {
    const r = await seedOrganisations(ctx, seed, { actor: systemActor('cli') });
    process.stdout.write(`organisations: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged\n`);
    // the district boundary is reference data (a package's polygon), not the district's own records: load it too
    if (!values.file && (await seedDistrictBoundary(ctx)).seeded) process.stdout.write('district boundary: loaded\n');
    // likewise the starter checklist templates (data/inspections/checklists.json), once
    const checklists = await ensureStarterChecklists(ctx);
    if (checklists.loaded > 0) process.stdout.write(`checklist templates: ${checklists.loaded} loaded\n`);
    return 0;
  } finally {
    await close();
  }
}
