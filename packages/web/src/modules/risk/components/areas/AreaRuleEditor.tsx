// The area rule (区域风险): points per major hazard by grade, per risk point by colour, per sensitive target and per
// 10,000 residents; the score thresholds of red / orange / yellow; the floors (an area holding a grade-1 major hazard,
// a red point or a point out of control is at least that level); and its basis. Each value shows its default.
import { Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { defaultAreaRule } from '@hazgov/domain/risk/area-rule';
import { riskLevels, type AreaRule, type RiskLevel } from '../../api/risk-areas.types';
import { LevelTag } from '../LevelTag';
import { DefaultNote, GroupErrors, NumberField, useErrorProps, useSettingsForm } from './settings-form';

const grades = ['1', '2', '3', '4'] as const;
const floorKeys = ['grade1MajorHazard', 'redRiskPoint', 'outOfControlPoint'] as const;
const thresholdLevels = ['red', 'orange', 'yellow'] as const;

export function AreaRuleEditor({ rule, defaults }: { rule: AreaRule; defaults: AreaRule }) {
  const { t } = useTranslation();
  const { readOnly, set } = useSettingsForm();
  const errorProps = useErrorProps();
  return (
    <div data-testid="area-rule">
      <GroupErrors path="areaRule" />
      <div className="ra-subtitle">{t('risk.areas.settings.weights')}</div>
      <GroupErrors path="areaRule.weights" />
      <div className="ra-rule-grid">
        {grades.map((g) => (
          <NumberField key={g} path={`areaRule.weights.majorHazard.${g}`} step={1}
            label={t('risk.areas.settings.weightMajorHazard', { grade: t(`risk.areas.grade.${g}`) })}
            value={rule.weights.majorHazard[g]} defaultValue={defaults.weights.majorHazard[g]} />
        ))}
        {riskLevels.map((l) => (
          <NumberField key={l} path={`areaRule.weights.riskPoint.${l}`} step={1}
            label={t('risk.areas.settings.weightRiskPoint', { level: t(`risk.level.${l}`) })}
            value={rule.weights.riskPoint[l]} defaultValue={defaults.weights.riskPoint[l]} />
        ))}
        <NumberField path="areaRule.weights.sensitiveTarget" step={1} label={t('risk.areas.settings.weightSensitiveTarget')}
          value={rule.weights.sensitiveTarget} defaultValue={defaults.weights.sensitiveTarget} />
        <NumberField path="areaRule.weights.populationPer10k" step={1} label={t('risk.areas.settings.weightPopulation')}
          value={rule.weights.populationPer10k} defaultValue={defaults.weights.populationPer10k} />
      </div>
      <div className="ra-subtitle">{t('risk.areas.settings.thresholds')}</div>
      <GroupErrors path="areaRule.thresholds" />
      <div className="ra-rule-grid">
        {thresholdLevels.map((l) => (
          <NumberField key={l} path={`areaRule.thresholds.${l}`} step={1}
            label={t('risk.areas.settings.thresholdOf', { level: t(`risk.areas.levelLong.${l}`) })}
            value={rule.thresholds[l]} defaultValue={defaults.thresholds[l]} />
        ))}
      </div>
      <div className="ra-subtitle">{t('risk.areas.settings.floors')}</div>
      <GroupErrors path="areaRule.floors" />
      <div className="ra-rule-grid">
        {floorKeys.map((k) => (
          <Form.Item key={k} label={t(`risk.areas.settings.floor.${k}`)} {...errorProps(`areaRule.floors.${k}`)}>
            {readOnly ? <LevelTag level={rule.floors[k]} testId={`field-areaRule.floors.${k}`} /> : (
              <Select<RiskLevel> value={rule.floors[k]} style={{ width: 120 }} data-testid={`field-areaRule.floors.${k}`}
                onChange={(v) => set(`areaRule.floors.${k}`, v)}
                options={riskLevels.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))} />
            )}
            <DefaultNote value={defaults.floors[k]} current={rule.floors[k]} render={(v) => t(`risk.level.${String(v)}`)} />
          </Form.Item>
        ))}
      </div>
      <Form.Item label={t('risk.areas.settings.areaBasis')} {...errorProps('areaRule.basis')}>
        {readOnly ? <Typography.Paragraph data-testid="field-areaRule.basis" style={{ marginBottom: 0 }}>{rule.basis === defaultAreaRule.basis ? t('risk.areas.settings.defaultAreaBasis') : rule.basis}</Typography.Paragraph> : (
          <Input.TextArea value={rule.basis} autoSize={{ minRows: 2, maxRows: 6 }} data-testid="field-areaRule.basis"
            onChange={(e) => set('areaRule.basis', e.target.value)} />
        )}
      </Form.Item>
    </div>
  );
}
