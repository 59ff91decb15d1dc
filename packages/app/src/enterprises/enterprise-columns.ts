// Checked enterprise fields as table columns (JSON arrays as text, booleans as 0/1, coordinates WGS-84).
import type { EnterpriseFields } from '@hazgov/domain/enterprises/enterprise-input';
import { invalid, type ErrorDetail } from '@hazgov/domain/shared/app-error';

export function enterpriseColumns(f: EnterpriseFields) {
  return {
    name: f.name, uscc: f.uscc, legal_representative: f.legalRepresentative, address: f.address,
    lng: f.location?.lng ?? null, lat: f.location?.lat ?? null, coord_input: f.location?.input ?? null,
    territory_id: f.territoryId, grid_id: f.gridId, industry: f.industry, activities: JSON.stringify(f.activities), status: f.status,
    in_chemical_park: f.inChemicalPark ? 1 : 0, chemical_park: f.chemicalPark, staff_count: f.staffCount,
    contacts_json: JSON.stringify(f.contacts), key_processes: JSON.stringify(f.keyProcesses),
  };
}

/** Input problems as one error: its code and message are the first problem's, every problem is in details. */
export function inputError(problems: readonly ErrorDetail[]): Error {
  const first = problems[0];
  return invalid(first?.code ?? 'VALIDATION_FAILED', [...problems], first?.params ?? {});
}
