// Monitoring and management requirements of a major hazard installation by grade (register page, report). The
// district admin may replace them (table monitoring_requirements); until then the platform serves the default in
// data/standards/monitoring-requirements-default.json, whose entries name their basis (原国家安监总局令第40号 …) and
// mark the platform's own suggestions, so a suggestion is never shown as the law.
import defaults from '../../../../data/standards/monitoring-requirements-default.json';
import { majorHazardGrades, type MajorHazardGrade } from './gb18218-tables.js';

export type Requirement = { zh: string; en: string; basis?: string | null; suggestion?: boolean };
export type GradeRequirements = { grade: MajorHazardGrade; requirements: Requirement[] };

export const defaultMonitoringRequirements: readonly GradeRequirements[] = majorHazardGrades.map((grade) => {
  const entry = defaults.entries.find((e) => e.grade === grade);
  if (!entry) throw new Error(`monitoring-requirements-default.json: no entry for grade ${grade}`);
  return { grade, requirements: entry.requirements.map((r) => ({ zh: r.zh, en: r.en, basis: r.basis, suggestion: r.suggestion })) };
});

/** Where each basis code of the default comes from (R40 → 总局令第40号 …). */
export const monitoringRequirementSources: readonly { id: string; where: string; what: string }[] = defaults.source;
