// Monitoring requirements by grade: the district's saved ones, or the documented default while none is saved
// (data/standards/monitoring-requirements-default.json). `source` tells the page which it is showing.
import { listMonitoringRequirements } from '@hazgov/db/major-hazards/monitoring-requirements.repository';
import type { Db } from '@hazgov/db/database';
import { majorHazardGrades } from '@hazgov/domain/major-hazards/gb18218-tables';
import { defaultMonitoringRequirements, type GradeRequirements, type Requirement } from '@hazgov/domain/major-hazards/monitoring-requirements';

export type MonitoringRequirements = { items: GradeRequirements[]; source: 'default' | 'district'; updatedAt: string | null };

export async function getMonitoringRequirements(db: Db): Promise<MonitoringRequirements> {
  const rows = await listMonitoringRequirements(db);
  if (rows.length === 0) return { items: defaultMonitoringRequirements.map((g) => ({ grade: g.grade, requirements: [...g.requirements] })), source: 'default', updatedAt: null };
  const byGrade = new Map(rows.map((r) => [r.grade, r]));
  const items = majorHazardGrades.map((grade) => {
    const row = byGrade.get(grade);
    return { grade, requirements: row ? (JSON.parse(row.requirements_json) as Requirement[]) : [] };
  });
  const updatedAt = rows.map((r) => r.updated_at).sort().at(-1) ?? null;
  return { items, source: 'district', updatedAt };
}

export async function requirementsForGrade(db: Db, grade: number | null): Promise<Requirement[]> {
  if (grade === null) return [];
  return (await getMonitoringRequirements(db)).items.find((i) => i.grade === grade)?.requirements ?? [];
}
