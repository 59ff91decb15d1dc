// The codes the domain uses for a line it cannot count (threshold.ts, beta.ts, quantity.ts, grade-unit.ts) and the
// Table 5 band labels, each with its i18n key. Listed here so a test can prove both languages explain every one.
export const problemCodes = [
  'needs_categories', 'choose_table1_row', 'unknown_table1_row', 'unknown_hazard_symbols',
  'needs_categories_for_beta', 'choose_beta_symbol', 'beta_symbol_not_among_categories',
  'bad_quantity', 'unknown_unit', 'missing_density', 'bad_density', 'unknown_density_unit', 'bad_population',
] as const;
export type ProblemCode = (typeof problemCodes)[number];
export const isKnownProblem = (code: string): code is ProblemCode => (problemCodes as readonly string[]).includes(code);

/** Table 5 labels as data/standards/gb18218-grading.json spells them → key under majorHazards.alphaBand. */
const bandKeys: Record<string, string> = { '100人以上': 'ge100', '50～99人': 'from50to99', '30～49人': 'from30to49', '1～29人': 'from1to29', '0人': 'zero' };
export const alphaBandKeys = Object.values(bandKeys);
export const alphaBandKey = (label: string): string | undefined => bandKeys[label];

/** Basis codes of data/standards/monitoring-requirements-default.json ("R40 第十三条"), named under majorHazards.monitoring.sources. */
export const basisCodes = ['R40', 'B21'] as const;
export const basisPattern = /\b(R40|B21)\b\s*/g;
