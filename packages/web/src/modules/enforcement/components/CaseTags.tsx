// The tags of a case: its kind and its status, the same colours on every page.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseKind, CaseStatus } from '../api/enforcement.types';

const statusColour: Record<CaseStatus, string> = {
  issued: 'blue', complied: 'cyan', overdue: 'red', filed: 'blue', investigating: 'geekblue', notified: 'purple', decided: 'orange', executed: 'gold', closed: 'green',
};

export function CaseKindTag({ kind }: { kind: CaseKind }) {
  const { t } = useTranslation();
  return <Tag color={kind === 'penalty' ? 'volcano' : 'blue'} data-testid="case-kind" data-kind={kind}>{t(`enforcement.kind.${kind}`)}</Tag>;
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColour[status]} data-testid="case-status" data-status={status}>{t(`enforcement.status.${status}`)}</Tag>;
}

export function PublishedTag({ at }: { at: string | null }) {
  const { t } = useTranslation();
  return at ? <Tag color="green" data-testid="case-published">{t('enforcement.published')}</Tag> : null;
}
