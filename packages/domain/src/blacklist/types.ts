// The vocabulary of the blacklist (失信联合惩戒对象名单): proposal → review → decision → publication → (duration) →
// credit repair → removal, for enterprises and persons; joint-punishment notices to named departments. Transitions in
// blacklist/entry-workflow.ts. What the public portal may show is decided per field (public-fields.ts).
export const partyKinds = ['enterprise', 'person'] as const;
export type PartyKind = (typeof partyKinds)[number];

export const entryStatuses = ['proposed', 'reviewed', 'rejected', 'decided', 'published', 'repairing', 'removed', 'expired'] as const;
export type EntryStatus = (typeof entryStatuses)[number];
/** A party in one of these is listed: it carries the badge everywhere it appears. */
export const listedStatuses: readonly EntryStatus[] = ['published', 'repairing'];

export const entryActions = ['review_approve', 'review_reject', 'decide', 'publish', 'apply_repair', 'approve_repair', 'reject_repair', 'remove', 'expire'] as const;
export type EntryAction = (typeof entryActions)[number];

/** A listing criterion (纳入条件), from data/inspections/blacklist-criteria.json or the admin. */
export type ListingCriterion = { key: string; text: string; basis: string; verified: boolean; durationMonths: number };

/** The fields of a published record the public portal may show, each with its flag; `locked` ones never are. */
export type PublicFieldPolicy = Record<'blacklist' | 'penalty', Record<string, { public: boolean; locked?: boolean }>>;
