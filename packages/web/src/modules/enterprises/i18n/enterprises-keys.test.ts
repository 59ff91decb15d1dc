// The enterprise pages build some keys at run time (`enterprises.status.${s}` …): every value of each closed list
// must have its label in both languages. (Literal keys are checked by src/i18n/i18n-keys.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  activities, declarationReviewStatuses, declarationStatuses, densityUnits, enterpriseStatuses, facilities, flagKeys, identificationStatuses,
  importPhases, licenceKinds, licenceStates, physicalStates, quantityUnits, restrictionLevels, unitKinds,
} from '../api/enterprises.types';
import en from './en.json';
import zh from './zh-CN.json';

type Tree = { [k: string]: string | Tree };
const get = (o: Tree, key: string): unknown => key.split('.').reduce<unknown>((a, p) => (a && typeof a === 'object' ? (a as Tree)[p] : undefined), o);

const problems = ['bad_quantity', 'bad_density', 'missing_density', 'unknown_unit', 'unknown_density_unit', 'needs_categories', 'needs_categories_for_beta',
  'choose_table1_row', 'unknown_table1_row', 'unknown_hazard_symbols', 'choose_beta_symbol', 'beta_symbol_not_among_categories', 'bad_population'];

const dynamic = [
  ...[1, 2, 3, 4].map((g) => `grade.${g}`),
  ...enterpriseStatuses.map((s) => `status.${s}`),
  ...activities.map((a) => `activity.${a}`),
  ...declarationStatuses.map((s) => `declarationStatus.${s}`),
  ...declarationReviewStatuses.map((s) => `declarationStatus.${s}`),
  ...licenceStates.map((s) => `licenceState.${s}`),
  ...licenceKinds.map((k) => `licenceKind.${k}`),
  ...unitKinds.map((k) => `unitKind.${k}`),
  ...facilities.map((f) => `facility.${f}`),
  ...identificationStatuses.map((s) => `identification.${s}`),
  ...flagKeys.map((k) => `flags.${k}`),
  ...restrictionLevels.map((l) => `restriction.${l}`),
  ...physicalStates.map((s) => `inventory.state.${s}`),
  ...[...quantityUnits, ...densityUnits].map((u) => `inventory.unit.${u}`),
  ...importPhases.map((p) => `import.phase.${p}`),
  ...['chemicalName', 'cas', 'quantity', 'density', 'physicalState', 'containerType', 'table1Serial', 'hazardSymbols', 'betaSymbol'].map((c) => `inventory.col.${c}`),
  ...problems.map((p) => `problem.${p}`),
  ...['not_filed', 'filed', 'refile_needed'].map((f) => `majorHazards.filingStatus.${f}`),
  ...['added', 'removed', 'changed'].map((c) => `review.change.${c}`),
  ...['licence', 'unit'].map((p) => `review.part.${p}`),
  ...['length', 'charset', 'division_code', 'check_character'].map((p) => `form.uscc_${p}`),
];

describe('enterprise i18n', () => {
  it('labels every value of every closed list in both languages', () => {
    const missing = dynamic.flatMap((k) => [
      ...(typeof get(zh as Tree, k) === 'string' ? [] : [`zh-CN ${k}`]),
      ...(typeof get(en as Tree, k) === 'string' ? [] : [`en ${k}`]),
    ]);
    expect(missing).toEqual([]);
  });
});
