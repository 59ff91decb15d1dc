// THE identification of one unit as GB 18218-2018 computes it: the verdict on top, the lines, then S, α, R and
// the grade step by step, and what is missing. Used by the unit page and the calculator alike.
import { AlertOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Identification } from '../api/major-hazards.types';
import { GradeTag } from './StatusTags';
import { TraceLinesTable } from './TraceLinesTable';
import { TraceProblems } from './TraceProblems';
import { TraceSummary } from './TraceSummary';
import '../major-hazards.css';

function Verdict({ trace }: { trace: Identification }) {
  const { t } = useTranslation();
  const type = trace.status === 'graded' ? 'error' : trace.status === 'below_threshold' ? 'success' : trace.status === 'empty' ? 'info' : 'warning';
  return (
    <Alert type={type} showIcon {...(trace.status === 'graded' ? { icon: <AlertOutlined /> } : {})} style={{ marginBottom: 12 }} data-testid="trace-status" data-status={trace.status}
      title={trace.status === 'graded'
        ? <>{t('majorHazards.trace.verdictGraded')} <GradeTag grade={trace.grade} /></>
        : t(`majorHazards.status.${trace.status}.title`, { count: trace.status === 'incomplete' ? trace.problems.length : 0 })}
      description={t('majorHazards.trace.standardNote', { standard: trace.standard })} />
  );
}

export function IdentificationTraceView({ trace, lineNames, fixLink }: { trace: Identification; lineNames?: readonly string[]; fixLink?: string }) {
  return (
    <div data-testid="identification-trace">
      <Verdict trace={trace} />
      {trace.status !== 'empty' && <TraceLinesTable trace={trace} {...(lineNames ? { lineNames } : {})} />}
      <TraceSummary trace={trace} />
      <TraceProblems trace={trace} {...(lineNames ? { lineNames } : {})} {...(fixLink ? { fixLink } : {})} />
    </div>
  );
}
