// The decision after the lines: S = Σ q/Q against 1 (inclusive), then α from the population and its Table 5
// band, R = α × Σ β·q/Q, and the grade with the Table 6 expression that R satisfies.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identification, TraceNumber } from '../api/major-hazards.types';
import { formatNumber } from '../../shared/utils/format';
import { alphaBandKey } from '../utils/problem-codes';
import { GradeTag } from './StatusTags';
import { TraceNum } from './TraceNum';

function Step({ label, children, tone, testId }: { label: ReactNode; children: ReactNode; tone?: 'decision' | 'ok'; testId?: string }) {
  return (
    <div className={`mh-step${tone ? ` mh-step--${tone}` : ''}`} data-testid={testId}>
      <span className="mh-step__label">{label}</span>
      <span className="mh-step__body">{children}</span>
    </div>
  );
}

/** "a + b + c", each term with its exact value on hover. */
function Terms({ terms }: { terms: (TraceNumber | null)[] }) {
  return (
    <>
      {terms.map((n, i) => (
        <span key={i}>{i > 0 && ' + '}<TraceNum n={n} /></span>
      ))}
    </>
  );
}

export function TraceSummary({ trace }: { trace: Identification }) {
  const { t } = useTranslation();
  if (trace.status === 'empty' || trace.status === 'incomplete') return null;
  const major = trace.status !== 'below_threshold';
  return (
    <div className="mh-steps" data-testid="trace-summary">
      <Step label={t('majorHazards.trace.stepS')} tone={major ? 'decision' : 'ok'} testId="trace-step-S">
        <span className="mh-step__formula">S = Σ qᵢ/Qᵢ =</span>
        {trace.lines.length > 1 && <><Terms terms={trace.lines.map((l) => l.ratio)} /> = </>}
        <TraceNum n={trace.S} testId="trace-S" strong /> {major ? '≥ 1' : '< 1'}
        <span className="mh-step__note" data-testid="trace-decision" data-major={major ? '1' : '0'}>
          {major ? t('majorHazards.trace.isMajor') : t('majorHazards.trace.notMajor')}
        </span>
      </Step>
      {trace.status === 'needs_population' && (
        <Step label={t('majorHazards.trace.stepAlpha')} testId="trace-step-alpha">{t('majorHazards.trace.alphaUnknown')}</Step>
      )}
      {trace.status === 'graded' && (
        <>
          <Step label={t('majorHazards.trace.stepAlpha')} testId="trace-step-alpha">
            <span className="mh-step__formula">α =</span>
            <TraceNum n={trace.alpha.value} testId="trace-alpha" strong />
            <span className="mh-step__note">
              {t('majorHazards.trace.alphaWhy', { population: formatNumber(trace.alpha.population), band: alphaBandKey(trace.alpha.band) ? t(`majorHazards.alphaBand.${alphaBandKey(trace.alpha.band)}`) : trace.alpha.band })}
            </span>
          </Step>
          <Step label={t('majorHazards.trace.stepR')} testId="trace-step-R">
            <span className="mh-step__formula">Σ βᵢqᵢ/Qᵢ =</span>
            {trace.lines.length > 1 && <><Terms terms={trace.lines.map((l) => l.contribution)} /> = </>}
            <TraceNum n={trace.sumOfContributions} testId="trace-sum" />
            <br />
            <span className="mh-step__formula">R = α × Σ βᵢqᵢ/Qᵢ =</span>
            <TraceNum n={trace.alpha.value} /> × <TraceNum n={trace.sumOfContributions} /> = <TraceNum n={trace.R} testId="trace-R" strong />
          </Step>
          <Step label={t('majorHazards.trace.stepGrade')} tone="decision" testId="trace-step-grade">
            <span data-testid="trace-grade" data-grade={trace.grade}><GradeTag grade={trace.grade} /></span>
            <span className="mh-step__note">{t('majorHazards.trace.gradeWhy', { expression: trace.gradeExpression, label: t(`majorHazards.grade.${trace.grade}`) })}</span>
          </Step>
        </>
      )}
    </div>
  );
}
