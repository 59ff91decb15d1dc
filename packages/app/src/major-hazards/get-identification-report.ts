// GET /api/major-hazards/:unitId/report.pdf: the unit's record as the identification report (scope-checked by
// getMajorHazard; outside the scope 404), with the register persons and the grade's monitoring requirements.
import type { Actor } from '@hazgov/domain/orgs/scope';
import type { AppContext } from '../shared/context.js';
import { getMajorHazard } from './get-major-hazard.js';
import { renderIdentificationReport } from './identification-report-pdf.js';
import { declaredQuantity } from './report-text.js';

export async function getIdentificationReport(ctx: AppContext, opts: { actor: Actor; unitId: string }): Promise<{ pdf: Buffer; fileName: string }> {
  const record = await getMajorHazard(ctx, opts);
  const { unit, register } = record;
  const pdf = await renderIdentificationReport({
    enterprise: { name: unit.enterprise_name, uscc: unit.enterprise_uscc, address: unit.enterprise_address },
    territoryName: unit.territory_name,
    unit: { name: unit.name, kind: unit.kind, facility: unit.facility, population500m: unit.population_500m, populationSource: unit.population_source },
    identification: record.identification,
    declaredQuantities: record.lines.map((l) => declaredQuantity(l.line)),
    identifiedAt: unit.identified_at,
    register: register && {
      filingStatus: register.filing_status, filingNumber: register.filing_number, filedOn: register.filed_on,
      persons: [
        { duty: '主要负责人', name: register.principal_name, phone: register.principal_phone },
        { duty: '技术负责人', name: register.technical_name, phone: register.technical_phone },
        { duty: '操作负责人', name: register.operations_name, phone: register.operations_phone },
      ],
    },
    monitoring: record.monitoring,
    generatedAt: ctx.now().toISOString(),
  });
  return { pdf, fileName: `重大危险源辨识与分级报告-${unit.enterprise_name}-${unit.name}.pdf` };
}
