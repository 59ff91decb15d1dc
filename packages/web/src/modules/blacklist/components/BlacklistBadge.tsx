// The 黑名单 badge shown beside a listed enterprise everywhere it appears (H7 builds the listed-ids provider).
// Pass `listed` when the API already said so (enterprise.blacklisted), or `enterpriseId` to look it up.
export type BlacklistBadgeProps = { enterpriseId?: string; listed?: boolean };

export function BlacklistBadge({ listed }: BlacklistBadgeProps) {
  return listed ? <span data-testid="blacklist-badge">黑名单</span> : null;
}
