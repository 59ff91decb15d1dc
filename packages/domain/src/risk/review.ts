// When a risk point must be looked at again: its last review (or, never reviewed, the day it was recorded) plus its
// interval; late once today is past that date — the due day itself is still on time.
import { addDays } from '../shared/iso-date.js';

export function nextReviewOn(lastReviewedOn: string | null, createdOn: string, intervalDays: number): string {
  return addDays(lastReviewedOn ?? createdOn, intervalDays);
}

export function isReviewLate(nextReview: string, today: string): boolean {
  return today > nextReview;
}
