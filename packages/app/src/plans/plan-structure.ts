// Turns plan data (from the Conghua JSON or a confirmed file import) into the rows of a plan: tasks, the units
// each names (normalised through the directory), milestones from the deadline parser and the events
// conditional milestones wait on. Pure apart from the id generator; the caller writes the rows.
import type { PlanStructure } from '@hazgov/db/plans/plans.repository';
import { parseDeadline, type DeadlineFailure } from '@hazgov/domain/plans/deadline-parser';
import { normaliseUnits } from '@hazgov/domain/plans/unit-normaliser';
import type { PlanData } from './plan-data.js';
import { ALL_TERRITORIES, type LoadedDirectory } from './unit-directory.js';

export type BuildPlanInput = {
  planId: string;
  data: PlanData;
  organisationId: string;
  organisationPath: string;
  officeOrganisationId: string | null;
  parentPlanId: string | null;
  source: string | null;
  directory: LoadedDirectory;
  /** an admin's choice for names the directory does not know: raw name → organisation id */
  mappings: Readonly<Record<string, string>>;
  newId: () => string;
  now: string;
};

export type BuildPlanResult = {
  structure: PlanStructure;
  unknownUnits: string[];
  unresolvedGroups: string[];
  deadlineProblems: { row: number | undefined; taskNo: number; itemNo: number; reason: DeadlineFailure; text: string }[];
  milestoneCounts: Record<string, number>;
};

export function buildPlanStructure(input: BuildPlanInput): BuildPlanResult {
  const { data, planId, newId } = input;
  const groupTitle = new Map((data.groups ?? []).map((g) => [g.no, g.title]));
  const s: PlanStructure = {
    plan: {
      id: planId, parent_plan_id: input.parentPlanId, organisation_id: input.organisationId, path: input.organisationPath,
      code: data.code ?? null, title: data.title, issued_on: data.issuedOn ?? null, starts_on: data.startsOn ?? null, ends_on: data.endsOn ?? null,
      source: input.source, office_organisation_id: input.officeOrganisationId,
      reports_from: data.quarterlyReports?.from ?? null, reports_to: data.quarterlyReports?.to ?? null, created_at: input.now,
    },
    phases: (data.phases ?? []).map((p) => ({ id: newId(), plan_id: planId, kind: p.kind, name: p.name, starts_on: p.startsOn, ends_on: p.endsOn })),
    submissionKinds: (data.submissions ?? []).map((k) => ({ id: newId(), plan_id: planId, kind: k.kind, label: k.name, due_on: k.dueOn })),
    tasks: [], taskUnits: [], events: [], milestones: [],
  };
  const unknown = new Set<string>();
  const unresolvedGroups = new Set<string>();
  const deadlineProblems: BuildPlanResult['deadlineProblems'] = [];
  const milestoneCounts: Record<string, number> = {};
  const eventIds = new Map<string, string>();

  data.items.forEach((item, index) => {
    const taskId = newId();
    const parsed = parseDeadline(item.deadlineText);
    s.tasks.push({
      id: taskId, plan_id: planId, group_no: item.groupNo, group_title: groupTitle.get(item.groupNo) ?? '', task_no: item.taskNo, item_no: item.itemNo,
      title: item.title, content: item.content, lead_text: item.leadText, responsible_text: item.responsibleText, deadline_text: item.deadlineText,
      deadline_kind: parsed.ok ? parsed.kind : 'unparsed', sort: index,
    });
    const taken = new Set<string>();
    for (const [role, text] of [['lead', item.leadText], ['responsible', item.responsibleText]] as const) {
      if (!text.trim()) continue;
      const { units, unknown: unknownNames } = normaliseUnits(text, input.directory.directory);
      const push = (raw: string, organisationId: string | null, groupName: string | null): void => {
        const key = `${role}|${organisationId ?? `?${raw}`}`;
        if (taken.has(key)) return;
        taken.add(key);
        s.taskUnits.push({ id: newId(), task_id: taskId, role, raw_name: raw, organisation_id: organisationId, group_name: groupName });
      };
      for (const u of units) {
        if (u.kind === 'unit') push(u.raw, u.key, null);
        else if (u.kind === 'all_territories') push(u.raw, u.key, ALL_TERRITORIES);
        else {
          const members = input.directory.groupMembers.get(u.canonical) ?? [];
          if (members.length) for (const m of members) push(u.raw, m, u.canonical);
          else {
            unresolvedGroups.add(u.canonical);
            push(u.raw, null, u.canonical);
          }
        }
      }
      for (const raw of unknownNames) {
        const mapped = input.mappings[raw];
        if (mapped) push(raw, mapped, null);
        else {
          unknown.add(raw);
          push(raw, null, null);
        }
      }
    }
    if (!parsed.ok) {
      deadlineProblems.push({ row: item.row, taskNo: item.taskNo, itemNo: item.itemNo, reason: parsed.reason, text: item.deadlineText });
      return;
    }
    parsed.milestones.forEach((m, sort) => {
      milestoneCounts[m.kind] = (milestoneCounts[m.kind] ?? 0) + 1;
      let eventId: string | null = null;
      if (m.kind === 'conditional') {
        eventId = eventIds.get(m.event) ?? null;
        if (!eventId) {
          eventId = newId();
          eventIds.set(m.event, eventId);
          s.events.push({ id: eventId, plan_id: planId, name: m.event, occurred_on: null });
        }
      }
      s.milestones.push({
        id: newId(), task_id: taskId, kind: m.kind, label: m.label,
        starts_on: m.kind === 'deepening' ? m.startsOn : null,
        due_on: m.kind === 'fixed' || m.kind === 'interim' || m.kind === 'deepening' ? m.dueOn : null,
        event_id: eventId, sort,
      });
    });
  });
  return { structure: s, unknownUnits: [...unknown], unresolvedGroups: [...unresolvedGroups], deadlineProblems, milestoneCounts };
}
