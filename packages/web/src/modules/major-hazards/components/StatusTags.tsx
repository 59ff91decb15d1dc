// Small tags of the register: the grade in its colour, an identification that cannot be graded yet (warning),
// and the filing (备案) state.
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingStatus, Grade, IdentificationStatus } from '../api/major-hazards.types';
import { gradeHex, gradeTextHex } from '../utils/grade-colors';

export function GradeTag({ grade }: { grade: Grade }) {
  const { t } = useTranslation();
  return (
    <Tag variant="solid" style={{ background: gradeHex[grade], borderColor: gradeHex[grade], color: gradeTextHex[grade], fontWeight: 600 }} data-testid="grade-tag" data-grade={grade}>
      {t(`majorHazards.grade.${grade}`)}
    </Tag>
  );
}

/** The grade when there is one, otherwise what stands in its way. */
export function IdentificationTag({ status, grade }: { status: IdentificationStatus; grade: Grade | null }) {
  const { t } = useTranslation();
  if (status === 'graded' && grade) return <GradeTag grade={grade} />;
  const warn = status === 'needs_population' || status === 'incomplete';
  return (
    <Tooltip title={t(`majorHazards.status.${status}.hint`)}>
      <Tag color={warn ? 'warning' : 'default'} icon={warn ? <ExclamationCircleOutlined /> : undefined} data-testid="status-tag" data-status={status}>
        {t(`majorHazards.status.${status}.short`)}
      </Tag>
    </Tooltip>
  );
}

const filingColor: Record<FilingStatus, string> = { filed: 'success', not_filed: 'default', refile_needed: 'error' };

export function FilingTag({ status }: { status: FilingStatus | null }) {
  const { t } = useTranslation();
  const s = status ?? 'not_filed';
  return <Tag color={filingColor[s]} data-testid="filing-tag" data-filing={s}>{t(`majorHazards.filing.${s}`)}</Tag>;
}
