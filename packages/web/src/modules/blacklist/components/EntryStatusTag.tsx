import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '../api/blacklist.types';
import { statusColor } from '../utils/entry-flow';

export function EntryStatusTag({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]} data-testid="entry-status" data-status={status}>{t(`blacklist.status.${status}`)}</Tag>;
}

/** 未核实: the criterion's wording comes from a restatement nobody has checked against the original yet. */
export function UnverifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  if (verified) return null;
  return <Tag color="warning" data-testid="unverified-tag">{t('blacklist.criteria.unverified')}</Tag>;
}
