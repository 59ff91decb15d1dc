// The assessment inside the risk point form: the method (LEC / LS / 4×4 matrix), one Select per input with each
// value's score and meaning, and the result as the user picks — score, colour and band, scored here with the
// bands in force; the server scores again on save.
import { Col, Form, Radio, Row, Select, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { assessmentMethods, type AssessmentMethod, type RiskBands } from '../api/risk.types';
import { bandText, fieldKey, fieldsOf, formulaOf, liveAssess, meaningKey, scaleOf, type ScaleField } from '../utils/assessment-view';
import type { RiskFormValues } from '../utils/form-values';
import { LevelTag } from './LevelTag';

export function AssessmentFields({ form, bands }: { form: FormInstance<RiskFormValues>; bands: RiskBands }) {
  const { t } = useTranslation();
  const method = (Form.useWatch(['assessment', 'method'], form) ?? 'lec') as AssessmentMethod;
  const l = Form.useWatch(['assessment', 'l'], form);
  const e = Form.useWatch(['assessment', 'e'], form);
  const c = Form.useWatch(['assessment', 'c'], form);
  const s = Form.useWatch(['assessment', 's'], form);
  const live = liveAssess(method, { l, e, c, s }, bands);

  return (
    <div className="risk-assessment" data-testid="risk-assessment">
      <Form.Item name={['assessment', 'method']} label={t('risk.field.method')} extra={t(`risk.method.${method}.hint`)}>
        <Radio.Group optionType="button" data-testid="risk-method"
          onChange={() => form.setFieldsValue({ assessment: { l: null, e: null, c: null, s: null } as RiskFormValues['assessment'] })}
          options={assessmentMethods.map((m) => ({ value: m, label: <span data-testid={`risk-method-${m}`}>{t(`risk.method.${m}.name`)}</span> }))} />
      </Form.Item>
      <Row gutter={12}>
        {fieldsOf[method].map((f: ScaleField) => (
          <Col xs={24} md={24 / fieldsOf[method].length} key={`${method}-${f}`}>
            <Form.Item name={['assessment', f]} label={t(fieldKey(method, f))} rules={[{ required: true, message: t('risk.form.inputRequired') }]}>
              <Select<number> data-testid={`risk-input-${f}`} placeholder={t('risk.form.pick')} popupMatchSelectWidth={false}
                options={scaleOf(method, f).map((v) => ({ value: v, label: `${v} — ${t(meaningKey(method, f, v))}` }))}
                optionRender={(o) => <span data-testid="risk-scale-option" data-field={f} data-value={String(o.value)}><b>{o.value}</b> {t(meaningKey(method, f, Number(o.value)))}</span>} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <div className="risk-live" data-testid="risk-live" data-level={'result' in live ? live.result.level : ''} data-score={'result' in live ? String(live.result.score) : ''}>
        {'result' in live ? (
          <>
            <LevelTag level={live.result.level} testId="risk-live-level" />
            <span className="mono" data-testid="risk-live-formula">{formulaOf(live.result)}</span>
            {bandText(live.result) && <span className="sub-text"> · {t('risk.assessment.band', { band: bandText(live.result) })}</span>}
            <div className="sub-text">{t(`risk.assessment.handling.${live.result.level}`)}</div>
          </>
        ) : 'missing' in live ? (
          <Typography.Text type="secondary">{t('risk.assessment.pickAll')}</Typography.Text>
        ) : (
          <Typography.Text type="danger">{t('risk.assessment.offScale')}</Typography.Text>
        )}
        <div className="sub-text risk-live__note">{t('risk.assessment.serverRecomputes')}</div>
      </div>
    </div>
  );
}
