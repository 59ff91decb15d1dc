// What stands between the unit and its result, in words, with what the user must do: choose the Table 1 row,
// give hazard categories, choose the β category, enter the population. On a stored unit, a link to the
// enterprise page where the inventory and the population are edited.
import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Identification, TraceProblem } from '../api/major-hazards.types';
import { isKnownProblem } from '../utils/problem-codes';

function ProblemItem({ problem, name }: { problem: TraceProblem; name: string }) {
  const { t } = useTranslation();
  const code = isKnownProblem(problem.problem) ? problem.problem : null;
  const detail = problem.detail.join('、');
  const where = problem.index === null ? t('majorHazards.problems.wholeUnit') : t('majorHazards.problems.lineWhere', { n: problem.index + 1, name });
  return (
    <li data-testid="trace-problem" data-problem={problem.problem} data-index={problem.index ?? ''}>
      <strong>{where}</strong>
      {code ? t(`majorHazards.problems.${code}.what`, { detail }) : t('majorHazards.problems.other', { code: problem.problem, detail })}
      {code && <span className="mh-problem__todo">→ {t(`majorHazards.problems.${code}.todo`, { detail })}</span>}
    </li>
  );
}

export function TraceProblems({ trace, lineNames = [], fixLink }: { trace: Identification; lineNames?: readonly string[]; fixLink?: string }) {
  const { t } = useTranslation();
  const action: ReactNode = fixLink ? (
    <Link to={fixLink}><Button size="small" type="primary" ghost data-testid="trace-fix-link">{t('majorHazards.problems.goFix')}</Button></Link>
  ) : undefined;
  if (trace.status === 'needs_population') {
    return (
      <Alert className="mh-problems" type="warning" showIcon data-testid="trace-needs-population" action={action}
        title={t('majorHazards.problems.populationTitle')}
        description={t('majorHazards.status.needs_population.todo')} />
    );
  }
  if (trace.status !== 'incomplete') return null;
  return (
    <Alert className="mh-problems" type="warning" showIcon data-testid="trace-problems" action={action}
      title={t('majorHazards.problems.title')}
      description={(
        <ul className="error-details">
          {trace.problems.map((p, i) => (
            <ProblemItem key={`${p.index ?? 'unit'}-${p.problem}-${i}`} problem={p}
              name={(p.index !== null && (lineNames[p.index] ?? trace.lines.find((l) => l.index === p.index)?.name)) || ''} />
          ))}
        </ul>
      )} />
  );
}
