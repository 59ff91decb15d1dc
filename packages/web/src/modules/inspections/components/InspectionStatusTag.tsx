import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionStatus } from '../api/inspections.types';

const colour: Record<InspectionStatus, string> = { planned: 'default', in_progress: 'processing', submitted: 'success', cancelled: 'default' };

export function InspectionStatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return <Tag color={colour[status]} data-testid="inspection-status" data-status={status}>{t(`inspections.status.${status}`)}</Tag>;
}
