// 辨识计算器: lines and the population in, the GB 18218 identification out, drawn exactly as on a unit's page.
// For consultants checking an installation before it is declared: nothing is saved.
import { CalculatorOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, InputNumber, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chemicalsApi } from '../modules/chemicals/api/chemicals.api';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { majorHazardsApi } from '../modules/major-hazards/api/major-hazards.api';
import type { Identification } from '../modules/major-hazards/api/major-hazards.types';
import { CalculatorLine, type CalculatorFields, type CalculatorLineFields } from '../modules/major-hazards/components/CalculatorLine';
import { IdentificationTraceView } from '../modules/major-hazards/components/IdentificationTraceView';
import { MajorHazardsNav } from '../modules/major-hazards/components/MajorHazardsNav';
import { inventoryLineInputOf } from '../modules/major-hazards/utils/calculator-input';
import '../modules/major-hazards/major-hazards.css';
import { ApiError } from '../modules/shared/api/client';
import { ErrorDetails } from '../modules/shared/components/ErrorDetails';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';

const blankLine: CalculatorLineFields = { chemicalName: '', quantity: '', quantityUnit: 't', densityUnit: 't/m3' };

export function IdentifyCalculatorPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<CalculatorFields>();
  const categories = useAsync(() => chemicalsApi.categories(), []);
  const [result, setResult] = useState<{ trace: Identification; names: string[] } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  useCrumbs([{ title: t('nav.major-hazards'), path: '/major-hazards' }, { title: t('majorHazards.nav.identify') }]);

  const compute = async () => {
    const v = await form.validateFields();
    const lines = (v.lines ?? []).map(inventoryLineInputOf);
    setBusy(true);
    setError(null);
    try {
      const trace = await majorHazardsApi.identify(lines, v.population ?? null);
      setResult({ trace, names: lines.map((l) => l.chemicalName) });
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('majorHazards.calculator.title')} subtitle={t('majorHazards.calculator.subtitle')} />
      <MajorHazardsNav active="identify" />
      <Card className="content-card" title={t('majorHazards.calculator.inputs')}>
        <Form form={form} layout="vertical" data-testid="calc-form" initialValues={{ lines: [blankLine], population: null }}
          onValuesChange={() => { if (result) setResult(null); }}>
          <Form.List name="lines">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <CalculatorLine key={field.key} form={form} name={field.name} position={i} categories={categories.data ?? []}
                    onRemove={fields.length > 1 ? () => remove(field.name) : undefined} />
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(blankLine)} data-testid="calc-add-line" style={{ marginBottom: 16 }}>
                  {t('majorHazards.calculator.addLine')}
                </Button>
              </>
            )}
          </Form.List>
          <Row gutter={12} align="bottom">
            <Col xs={24} sm={12} md={8}>
              <Form.Item name="population" label={t('majorHazards.calculator.population')} extra={t('majorHazards.calculator.populationHint')}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="calc-population" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={16}>
              <Form.Item>
                <Space wrap>
                  <Button type="primary" icon={<CalculatorOutlined />} loading={busy} onClick={() => { void compute(); }} data-testid="calc-submit">
                    {t('majorHazards.calculator.compute')}
                  </Button>
                  <Button onClick={() => { form.resetFields(); setResult(null); setError(null); }} data-testid="calc-reset">{t('common.clear')}</Button>
                </Space>
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {error && (
          <Alert type="error" showIcon data-testid="calc-error" title={error.message}
            description={error instanceof ApiError && error.details.length > 0 ? <ErrorDetails details={error.details} /> : undefined} />
        )}
      </Card>
      {result && (
        <Card className="content-card" title={t('majorHazards.calculator.result')} extra={<span className="sub-text">{t('majorHazards.calculator.notSaved')}</span>}>
          <IdentificationTraceView trace={result.trace} lineNames={result.names} />
        </Card>
      )}
    </>
  );
}
