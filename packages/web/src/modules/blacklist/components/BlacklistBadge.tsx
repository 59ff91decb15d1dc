// The 黑名单 badge shown beside a listed enterprise everywhere it appears. Pass `listed` when the API already said so
// (enterprise.blacklisted), or `enterpriseId` to look it up in the session's listed set (hooks/use-listed).
import { StopOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useListedEnterprises } from '../hooks/use-listed';

export type BlacklistBadgeProps = { enterpriseId?: string; listed?: boolean };

export function BlacklistBadge({ enterpriseId, listed }: BlacklistBadgeProps) {
  if (listed !== undefined) return listed ? <Badge /> : null;
  return enterpriseId ? <LookedUp enterpriseId={enterpriseId} /> : null;
}

function LookedUp({ enterpriseId }: { enterpriseId: string }) {
  const ids = useListedEnterprises();
  return ids.has(enterpriseId) ? <Badge /> : null;
}

function Badge() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('blacklist.badge.tooltip')}>
      <Tag color="red" icon={<StopOutlined />} data-testid="blacklist-badge" style={{ marginInlineStart: 6 }}>{t('blacklist.badge.label')}</Tag>
    </Tooltip>
  );
}
