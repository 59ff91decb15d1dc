// Everything a risk point write checks before it touches a row, shared by create and update: the input's own rules
// and the assessment's scales (all problems reported at once, assessment first), then where the point belongs (an
// enterprise point takes its enterprise's territory, grid and path; its site / unit must be the enterprise's; a
// public place's territory and grid must be real and in the writer's scope), then the district boundary.
import type { Db } from '@hazgov/db/database';
import { findSiteInScope, findUnitInScope } from '@hazgov/db/enterprises/enterprise-parts.repository';
import { findEnterpriseInScope, type EnterpriseRow } from '@hazgov/db/enterprises/enterprises.repository';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { assess, type Assessment, type AssessmentResult } from '@hazgov/domain/risk/assessment';
import { readRiskPointInput, type RiskPointFields, type RiskPointInput } from '@hazgov/domain/risk/risk-point-input';
import { enterpriseScopeOf, inScope, type Actor } from '@hazgov/domain/orgs/scope';
import { AppError, forbidden, invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';
import { assertInsideDistrict } from '../map/inside-district.js';
import { PUBLIC_PLACE_WRITERS } from './risk-point-access.js';
import { loadBands } from './risk-settings.js';

export type RiskPointPlace = {
  path: string; territoryId: string; gridId: string | null; enterpriseId: string | null; siteId: string | null; unitId: string | null;
  enterprise: EnterpriseRow | null;
};
export type CheckedRiskPoint = { fields: RiskPointFields; result: AssessmentResult; place: RiskPointPlace };

/** Problems as one error: its code and params are the first problem's, every problem is in details. */
export function problemsError(problems: readonly ErrorDetail[]): AppError {
  const first = problems[0];
  return invalid(first?.code ?? 'VALIDATION_FAILED', [...problems], first?.params ?? {});
}

/** Scores an assessment with the bands in force; off-scale inputs come back as problems under `prefix`. */
export async function scoreAssessment(db: Db, a: Assessment, prefix = ''): Promise<{ result: AssessmentResult | null; problems: ErrorDetail[] }> {
  try {
    return { result: assess(a, await loadBands(db)), problems: [] };
  } catch (err) {
    if (!(err instanceof AppError) || err.kind !== 'input') throw err;
    return { result: null, problems: err.details.map((d) => ({ ...d, ...(d.field ? { field: `${prefix}${d.field}` } : {}) })) };
  }
}

export async function checkRiskPoint(db: Db, actor: Actor, input: RiskPointInput, today: string): Promise<CheckedRiskPoint> {
  const scored = await scoreAssessment(db, input.assessment as Assessment, 'assessment.');
  const read = readRiskPointInput(input, today);
  const problems = [...scored.problems, ...read.problems];
  if (problems.length > 0 || !read.value || !scored.result) throw problemsError(problems);
  const fields = read.value;
  const place = fields.isPublic ? await publicPlace(db, actor, fields) : await enterprisePlace(db, actor, fields);
  if (fields.coordinates) await assertInsideDistrict(db, fields.coordinates, 'coordinates');
  return { fields, result: scored.result, place };
}

async function enterprisePlace(db: Db, actor: Actor, f: RiskPointFields): Promise<RiskPointPlace> {
  const enterpriseId = f.enterpriseId ?? '';
  const enterprise = await findEnterpriseInScope(db, enterpriseId, enterpriseScopeOf(actor));
  if (!enterprise) throw invalid('RISK_POINT_ENTERPRISE_UNKNOWN', [{ field: 'enterpriseId', code: 'RISK_POINT_ENTERPRISE_UNKNOWN' }]); // the id is not echoed: it may be another jurisdiction's
  const own = actor.role === 'enterprise' && actor.organisationId === enterprise.organisation_id;
  if (actor.role !== 'district_admin' && !own) throw forbidden();
  let siteId = f.siteId;
  if (siteId) {
    const site = await findSiteInScope(db, siteId, enterpriseScopeOf(actor));
    if (site?.enterprise_id !== enterprise.id) throw partError('siteId', 'RISK_POINT_SITE_NOT_OF_ENTERPRISE', siteId, enterprise.name);
  }
  if (f.unitId) {
    const unit = await findUnitInScope(db, f.unitId, enterpriseScopeOf(actor));
    if (unit?.enterprise_id !== enterprise.id) throw partError('unitId', 'RISK_POINT_UNIT_NOT_OF_ENTERPRISE', f.unitId, enterprise.name);
    siteId ??= unit.site_id;
  }
  return { path: enterprise.path, territoryId: enterprise.territory_id, gridId: enterprise.grid_id, enterpriseId: enterprise.id, siteId, unitId: f.unitId, enterprise };
}

const partError = (field: string, code: string, id: string, enterprise: string): AppError =>
  invalid(code, [{ field, code, params: { id, enterprise } }], { id, enterprise });

async function publicPlace(db: Db, actor: Actor, f: RiskPointFields): Promise<RiskPointPlace> {
  if (!PUBLIC_PLACE_WRITERS.includes(actor.role)) throw forbidden();
  const territoryId = f.territoryId ?? '';
  const territory = await findOrganisationById(db, territoryId);
  if (!territory || territory.kind !== 'territory') {
    throw invalid('RISK_POINT_TERRITORY_INVALID', [{ field: 'territoryId', code: 'RISK_POINT_TERRITORY_INVALID', params: { id: territoryId } }], { id: territoryId });
  }
  let gridPath: string | null = null;
  if (f.gridId) {
    const grid = await findOrganisationById(db, f.gridId);
    if (!grid || grid.kind !== 'grid' || grid.parent_id !== territory.id) {
      const params = { id: f.gridId, territory: territory.name };
      throw invalid('RISK_POINT_GRID_NOT_IN_TERRITORY', [{ field: 'gridId', code: 'RISK_POINT_GRID_NOT_IN_TERRITORY', params }], params);
    }
    gridPath = grid.path;
  }
  const path = gridPath ?? territory.path;
  if (!inScope(enterpriseScopeOf(actor), path)) {
    const field = gridPath ? 'gridId' : 'territoryId';
    throw invalid('RISK_POINT_PLACE_NOT_IN_SCOPE', [{ field, code: 'RISK_POINT_PLACE_NOT_IN_SCOPE', params: { name: territory.name } }], { name: territory.name });
  }
  return { path, territoryId: territory.id, gridId: f.gridId, enterpriseId: null, siteId: null, unitId: null, enterprise: null };
}
