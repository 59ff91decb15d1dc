import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionView } from '../api/plans.types';

export function SubmissionStatusTag({ s }: { s: Pick<SubmissionView, 'submittedAt' | 'late' | 'missing'> }) {
  const { t } = useTranslation();
  if (s.submittedAt) return <>{<Tag color="success" data-testid="submission-status" data-status="submitted">{t('submissions.submitted')}</Tag>}{s.late && <Tag color="volcano">{t('reportStatus.late')}</Tag>}</>;
  if (s.missing) return <Tag color="red" data-testid="submission-status" data-status="missing">{t('submissions.missing')}</Tag>;
  return <Tag data-testid="submission-status" data-status="pending">{t('submissions.pending')}</Tag>;
}
