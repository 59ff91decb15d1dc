// Small helpers of the finding's timeline. Pure.
import type { TimelineItem } from '../api/hidden-dangers.types';

const colours: Record<string, string> = {
  created: 'orange', submit_plan: 'blue', submit_rectification: 'purple', verify: 'green', return: 'red', reopen: 'volcano',
  extend_deadline: 'gold', escalated_1: 'gold', escalated_2: 'volcano', escalated_3: 'red', supervision_listed: 'magenta', supervision_delisted: 'gray',
  evidence_rectification: 'gray', evidence_verification: 'gray',
};
export function timelineColour(action: string): string {
  return colours[action] ?? 'blue';
}

/** The API names the actor; an object with a name is tolerated. */
export function actorName(actor: TimelineItem['actor']): string {
  if (!actor) return '';
  return typeof actor === 'string' ? actor : actor.name ?? '';
}
