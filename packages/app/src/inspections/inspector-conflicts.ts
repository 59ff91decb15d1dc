// Conflicts of interest (回避), what their use cases share: the view. The use cases: list-conflicts.ts, add-conflict.ts,
// remove-conflict.ts — read and written by the planners for enterprises in their scope, audited as inspector_conflict.
import type { InspectorConflictRow } from '@hazgov/db/inspections/inspector-conflicts.repository';

export type ConflictView = { id: string; inspectorId: string; enterpriseId: string; inspector: { id: string; name: string }; enterprise: { id: string; name: string }; reason: string; createdAt: string };
export const conflictView = (c: InspectorConflictRow): ConflictView => ({
  id: c.id, inspectorId: c.inspector_id, enterpriseId: c.enterprise_id, inspector: { id: c.inspector_id, name: c.inspector_name }, enterprise: { id: c.enterprise_id, name: c.enterprise_name }, reason: c.reason, createdAt: c.created_at,
});
