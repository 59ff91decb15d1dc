// How the point was graded: the method, each input with its meaning, the score (how it came about) and the band
// it falls in, and where the bands come from.
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { defaultBands } from '@hazgov/domain/risk/assessment';
import type { AssessmentResult } from '../api/risk.types';
import { bandText, fieldKey, fieldsOf, formulaOf, meaningKey } from '../utils/assessment-view';
import { LevelTag } from './LevelTag';

export function AssessmentView({ a }: { a: AssessmentResult }) {
  const { t } = useTranslation();
  const band = bandText(a);
  return (
    <div data-testid="risk-assessment-view" data-method={a.method} data-score={String(a.score)}>
      <Descriptions size="small" column={1} bordered
        items={[
          { key: 'method', label: t('risk.field.method'), children: t(`risk.method.${a.method}.name`) },
          ...fieldsOf[a.method].map((f) => {
            const v = a.inputs[f];
            return { key: f, label: t(fieldKey(a.method, f)),
              children: v === undefined ? '—' : <span data-testid={`risk-view-input-${f}`}><b>{v}</b> — {t(meaningKey(a.method, f, v))}</span> };
          }),
          { key: 'score', label: t('risk.assessment.score'), children: <span className="mono" data-testid="risk-view-formula">{formulaOf(a)}</span> },
          { key: 'level', label: t('risk.assessment.computedLevel'),
            children: <><LevelTag level={a.level} testId="risk-computed-level" />{band && <span className="sub-text">{t('risk.assessment.band', { band })}</span>}</> },
        ]} />
      <Typography.Paragraph type="secondary" className="risk-basis" data-testid="risk-handling">{t(`risk.assessment.handling.${a.level}`)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="risk-basis" data-testid="risk-basis">{t('risk.assessment.basis')}: {a.basis === defaultBands.basis ? t('risk.assessment.defaultBasis') : a.basis}</Typography.Paragraph>
    </div>
  );
}
