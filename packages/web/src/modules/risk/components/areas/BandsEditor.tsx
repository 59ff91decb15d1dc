// The score bands of LEC (D = L×E×C) or LS (R = L×S): one minimum per colour, with the range it gives shown live
// ("D ≥ 320 → 重大风险") and what is wrong with the minimums (not descending, scale not covered, a band no score
// can reach) flagged before the server is asked.
import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreBand } from '../../api/risk-areas.types';
import { bandProblems, bandRanges, scoreSymbol, type ScoreMethod } from './rule-text';
import { DefaultNote, GroupErrors, ReadOnlyValue, useErrorProps, useSettingsForm } from './settings-form';
import { LevelTag } from '../LevelTag';

export function BandsEditor({ method, bands, defaults }: { method: ScoreMethod; bands: ScoreBand[]; defaults: ScoreBand[] }) {
  const { t } = useTranslation();
  const { readOnly, set } = useSettingsForm();
  const errorProps = useErrorProps();
  const ranges = bandRanges(bands, method);
  const problems = bandProblems(bands, method);
  const sym = scoreSymbol[method];
  return (
    <div data-testid={`bands-${method}`}>
      <GroupErrors path={`bands.${method}`} />
      {ranges.map((r, i) => {
        const problem = problems.find((p) => p.level === r.level);
        const path = `bands.${method}.${i}.min`;
        const def = defaults.find((d) => d.level === r.level)?.min ?? 0;
        const shown = errorProps(path);
        return (
          <div className="ra-band-row" key={r.level} data-testid="band-row" data-level={r.level}>
            <div style={{ paddingTop: 4 }}><LevelTag level={r.level} /></div>
            <Form.Item {...(shown.validateStatus ? shown : problem ? { validateStatus: 'warning' as const, help: <span data-testid="band-problem">{t(`risk.areas.settings.bandProblem.${problem.code}`)}</span> } : {})}>
              {readOnly ? <ReadOnlyValue value={bands[i]?.min ?? null} prefix={`${sym} ≥`} testId={`band-min-${method}-${r.level}`} /> : (
                <InputNumber value={bands[i]?.min ?? null} min={0} step={method === 'ls' ? 1 : 10} prefix={`${sym} ≥`} style={{ width: 140 }}
                  data-testid={`band-min-${method}-${r.level}`} onChange={(v) => set(path, v)} />
              )}
            </Form.Item>
            <div className="ra-band-range" data-testid="band-range" data-text={r.text}>
              {t('risk.areas.settings.bandArrow', { range: r.text, level: t(`risk.areas.levelLong.${r.level}`) })}
              <DefaultNote value={def} current={bands[i]?.min} />
              {method === 'ls' && (
                <span className="ra-band-range__scores">
                  {r.scores.length ? t('risk.areas.settings.lsScores', { scores: r.scores.join('、') }) : t('risk.areas.settings.lsNoScores')}
                </span>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
