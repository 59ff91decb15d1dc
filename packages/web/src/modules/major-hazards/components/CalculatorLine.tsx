// One substance of the calculator: the chemical (searched as one types), the quantity with its unit (and the
// density when given in m³), and the hazard categories — needed for Q outside Table 1 and for β outside Table 3.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Row, Select, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChemicalSearchInput } from '../../chemicals/components/ChemicalSearchInput';
import type { ChemicalHit, HazardCategory } from '../../chemicals/api/chemicals.types';

export type CalculatorLineFields = {
  chemicalName: string;
  cas?: string;
  table1Serial?: number | null;
  table1Label?: string;
  /** The name of the catalog hit picked; the pick counts only while the name still reads the same. */
  pickedName?: string;
  outsideTable1?: boolean;
  hazardSymbols?: string[];
  betaSymbol?: string;
  quantity: string;
  quantityUnit: 't' | 'kg' | 'm3';
  density?: string;
  densityUnit?: 't/m3' | 'kg/m3';
};
export type CalculatorFields = { lines: CalculatorLineFields[]; population?: number | null };

const DECIMAL = /^\d+(\.\d+)?$/;

type Props = { form: FormInstance<CalculatorFields>; name: number; position: number; categories: HazardCategory[]; onRemove?: () => void };

export function CalculatorLine({ form, name, position, categories, onRemove }: Props) {
  const { t } = useTranslation();
  const line = Form.useWatch((values: CalculatorFields) => values.lines?.[name], form) as CalculatorLineFields | undefined;
  const unit = line?.quantityUnit;
  const symbols = line?.hazardSymbols ?? [];
  const table1Label = line?.table1Label;
  const outside = line?.outsideTable1;
  const chemicalName = line?.chemicalName;
  const pickedName = line?.pickedName;
  const picked = Boolean(pickedName) && pickedName === chemicalName;

  const pick = (hit: ChemicalHit) => {
    const current = form.getFieldValue(['lines', name]) as CalculatorLineFields;
    form.setFieldValue(['lines', name], {
      ...current,
      chemicalName: hit.name,
      pickedName: hit.name,
      cas: hit.cas[0] ?? undefined,
      table1Serial: hit.table1Serial ?? undefined,
      table1Label: hit.table1Serial !== null ? t('chemicals.search.table1Short', { serial: hit.table1Serial, q: String(hit.thresholdTonnes ?? '—') }) : undefined,
      outsideTable1: hit.table1Serial === null ? current.outsideTable1 : false,
      hazardSymbols: hit.hazardSymbols.length > 0 ? hit.hazardSymbols : current.hazardSymbols,
    });
  };

  return (
    <div className="mh-calc-line" data-testid="calc-line" data-position={position}>
      <div className="mh-calc-line__head">
        <span>{t('majorHazards.calculator.lineN', { n: position + 1 })}{picked && table1Label && <span className="sub-text" data-testid="calc-line-table1"> · {table1Label}</span>}</span>
        {onRemove && <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('majorHazards.calculator.removeLine')} data-testid="calc-line-remove" />}
      </div>
      <Form.Item hidden name={[name, 'cas']}><Input /></Form.Item>
      <Form.Item hidden name={[name, 'table1Serial']}><Input /></Form.Item>
      <Form.Item hidden name={[name, 'table1Label']}><Input /></Form.Item>
      <Form.Item hidden name={[name, 'pickedName']}><Input /></Form.Item>
      <Row gutter={10}>
        <Col xs={24} md={10}>
          <Form.Item name={[name, 'chemicalName']} label={t('majorHazards.calculator.chemical')} rules={[{ required: true, whitespace: true, message: t('majorHazards.calculator.chemicalRequired') }]}>
            <ChemicalSearchInput onPick={pick} testId="calc-chemical" />
          </Form.Item>
        </Col>
        <Col xs={14} md={5}>
          <Form.Item name={[name, 'quantity']} label={t('majorHazards.calculator.quantity')}
            rules={[{ required: true, message: t('majorHazards.calculator.quantityRequired') }, { pattern: DECIMAL, message: t('majorHazards.calculator.quantityRule') }]}>
            <Input inputMode="decimal" data-testid="calc-quantity" />
          </Form.Item>
        </Col>
        <Col xs={10} md={3}>
          <Form.Item name={[name, 'quantityUnit']} label={t('majorHazards.calculator.unit')}>
            <Select data-testid="calc-unit" options={[{ value: 't', label: 't' }, { value: 'kg', label: 'kg' }, { value: 'm3', label: 'm³' }]} />
          </Form.Item>
        </Col>
        {unit === 'm3' && (
          <Col xs={24} md={6}>
            <Form.Item label={t('majorHazards.calculator.density')} required>
              <Space.Compact style={{ display: 'flex' }}>
                <Form.Item noStyle name={[name, 'density']} rules={[{ required: true, message: t('majorHazards.calculator.densityRequired') }, { pattern: DECIMAL, message: t('majorHazards.calculator.quantityRule') }]}>
                  <Input inputMode="decimal" style={{ flex: 1 }} data-testid="calc-density" />
                </Form.Item>
                <Form.Item noStyle name={[name, 'densityUnit']}>
                  <Select style={{ width: 92 }} options={[{ value: 't/m3', label: 't/m³' }, { value: 'kg/m3', label: 'kg/m³' }]} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={10}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'hazardSymbols']} label={t('majorHazards.calculator.categories')}
            extra={picked && table1Label && !outside ? t('majorHazards.calculator.categoriesTable1') : t('majorHazards.calculator.categoriesOutside')}>
            <Select mode="multiple" allowClear data-testid="calc-categories" optionFilterProp="label" maxTagCount="responsive"
              options={categories.map((c) => ({ value: c.symbol, label: `${c.symbol} ${c.category}（${c.description}）` }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name={[name, 'betaSymbol']} label={t('majorHazards.calculator.betaSymbol')} extra={t('majorHazards.calculator.betaSymbolHint')}>
            <Select allowClear data-testid="calc-beta-symbol" disabled={symbols.length < 2} options={symbols.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={6}>
          <Form.Item name={[name, 'outsideTable1']} valuePropName="checked" label=" " colon={false}>
            <Checkbox data-testid="calc-outside-table1">{t('majorHazards.calculator.outsideTable1')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}
