// The enterprise's basic facts, as one form used both to create an enterprise (drawer) and on its page
// (基本信息). Coordinates carry their system: WGS-84 (GPS, 天地图) or GCJ-02 (高德、腾讯地图), converted by the server.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseUscc } from '@hazgov/domain/enterprises/uscc';
import { activities, enterpriseStatuses, type EnterpriseDetail, type EnterpriseInput } from '../api/enterprises.types';
import type { Territories } from '../hooks/use-territories';
import { contactDuties, industrySuggestions, keyProcesses } from '../utils/key-processes';

export type EnterpriseFormValues = Omit<EnterpriseInput, 'location'> & { location?: { lng?: number | null; lat?: number | null; crs: 'wgs84' | 'gcj02' } };

export const formFieldRoots = new Set(['name', 'uscc', 'legalRepresentative', 'address', 'location', 'territoryId', 'gridId', 'industry', 'activities', 'status', 'inChemicalPark', 'chemicalPark', 'staffCount', 'contacts', 'keyProcesses']);

export function emptyEnterprise(territoryId?: string): EnterpriseFormValues {
  return { name: '', uscc: '', territoryId: territoryId ?? '', activities: [], status: 'operating', inChemicalPark: false, contacts: [{ duty: '主要负责人', name: '', phone: '' }], keyProcesses: [], location: { crs: 'gcj02' } };
}

export function valuesOf(d: EnterpriseDetail): EnterpriseFormValues {
  return {
    name: d.name, uscc: d.uscc, legalRepresentative: d.legalRepresentative ?? null, address: d.address ?? null,
    // The stored point is WGS-84: it is shown as such (the user may still type a GCJ-02 one and say so).
    location: d.location ? { lng: d.location.lng, lat: d.location.lat, crs: 'wgs84' } : { crs: 'wgs84' },
    territoryId: d.territoryId ?? d.territory?.id ?? '', gridId: d.gridId ?? d.grid?.id ?? null, industry: d.industry ?? null,
    activities: d.activities, status: d.status, inChemicalPark: d.inChemicalPark, chemicalPark: d.chemicalPark ?? null,
    staffCount: d.staffCount ?? null, contacts: d.contacts, keyProcesses: d.keyProcesses,
  };
}

const blank = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function inputOf(v: EnterpriseFormValues): EnterpriseInput {
  const { location, ...rest } = v;
  const hasPoint = location && typeof location.lng === 'number' && typeof location.lat === 'number';
  return {
    ...rest,
    uscc: v.uscc.trim(),
    name: v.name.trim(),
    legalRepresentative: blank(v.legalRepresentative), address: blank(v.address), industry: blank(v.industry),
    gridId: v.gridId || null,
    chemicalPark: v.inChemicalPark ? blank(v.chemicalPark) : null,
    staffCount: v.staffCount ?? null,
    location: hasPoint ? { lng: location.lng as number, lat: location.lat as number, crs: location.crs } : null,
    contacts: (v.contacts ?? []).filter((c) => c && (c.name?.trim() || c.phone?.trim())).map((c) => ({ duty: c.duty, name: c.name.trim(), phone: blank(c.phone) })),
    keyProcesses: v.keyProcesses ?? [],
  };
}

export function EnterpriseForm({ form, territories, disabled, lockTerritory, lockGrid, initialValues }: {
  form: FormInstance<EnterpriseFormValues>; territories: Territories; disabled?: boolean; lockTerritory?: boolean; lockGrid?: boolean; initialValues?: EnterpriseFormValues;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const territoryId = Form.useWatch('territoryId', form);
  const inPark = Form.useWatch('inChemicalPark', form);
  const crs = Form.useWatch(['location', 'crs'], form);
  const label = (x: { zh: string; en: string }) => (en ? x.en : x.zh);
  // A contact row left empty is dropped on save; one half filled asks for the rest.
  const rowNeeds = (index: number, key: 'duty' | 'name', message: string) => ({
    validator: (_: unknown, value: string | undefined) => {
      const c = (form.getFieldValue(['contacts', index]) ?? {}) as { name?: string; phone?: string };
      const used = key === 'duty' ? !!c.name?.trim() : !!c.phone?.trim();
      return used && !value?.trim() ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  });
  const usccRule = {
    validator: (_: unknown, value: string) => {
      if (!value || !value.trim()) return Promise.reject(new Error(t('enterprises.form.usccRequired')));
      const p = parseUscc(value);
      return p.ok ? Promise.resolve() : Promise.reject(new Error(t(`enterprises.form.uscc_${p.problem}`)));
    },
  };

  return (
    <Form form={form} layout="vertical" disabled={disabled} initialValues={initialValues} data-testid="enterprise-form" scrollToFirstError>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('enterprises.field.name')} rules={[{ required: true, whitespace: true, message: t('enterprises.form.nameRequired') }]}>
            <Input maxLength={200} data-testid="ent-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="uscc" label={t('enterprises.field.uscc')} required rules={[usccRule]} extra={t('enterprises.form.usccHint')}>
            <Input maxLength={24} className="mono" data-testid="ent-uscc" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="territoryId" label={t('enterprises.field.territory')} rules={[{ required: true, message: t('enterprises.form.territoryRequired') }]}>
            <Select options={territories.territories} showSearch={{ optionFilterProp: 'label' }} disabled={disabled || lockTerritory}
              onChange={() => form.setFieldValue('gridId', null)} data-testid="ent-territory" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="gridId" label={t('enterprises.field.grid')}>
            <Select allowClear options={territories.gridsOf(territoryId)} placeholder={t('enterprises.form.gridNone')} disabled={disabled || lockGrid} data-testid="ent-grid" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="legalRepresentative" label={t('enterprises.field.legalRepresentative')}><Input maxLength={100} /></Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="industry" label={t('enterprises.field.industry')}>
            <AutoComplete options={industrySuggestions.map((s) => ({ value: s.zh, label: label(s) }))} maxLength={100} data-testid="ent-industry" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label={t('enterprises.field.address')}><Input maxLength={300} /></Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label={t('enterprises.field.location')} extra={crs === 'gcj02' ? t('enterprises.form.gcjHint') : t('enterprises.form.wgsHint')} data-testid="ent-location">
            <Space wrap>
              <Form.Item name={['location', 'crs']} noStyle>
                <Radio.Group optionType="button" data-testid="ent-crs"
                  options={[{ value: 'wgs84', label: 'WGS-84' }, { value: 'gcj02', label: 'GCJ-02' }]} />
              </Form.Item>
              <Form.Item name={['location', 'lng']} noStyle rules={[{ type: 'number', min: 73, max: 136, message: t('enterprises.form.lngRange') }]}>
                <InputNumber placeholder={t('enterprises.form.lng')} step={0.000001} style={{ width: 150 }} data-testid="ent-lng" />
              </Form.Item>
              <Form.Item name={['location', 'lat']} noStyle rules={[{ type: 'number', min: 3, max: 54, message: t('enterprises.form.latRange') }]}>
                <InputNumber placeholder={t('enterprises.form.lat')} step={0.000001} style={{ width: 150 }} data-testid="ent-lat" />
              </Form.Item>
            </Space>
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="activities" label={t('enterprises.field.activities')} rules={[{ required: true, type: 'array', min: 1, message: t('enterprises.form.activitiesRequired') }]}>
            <Checkbox.Group options={activities.map((a) => ({ value: a, label: t(`enterprises.activity.${a}`) }))} data-testid="ent-activities" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="status" label={t('enterprises.field.status')} rules={[{ required: true }]}>
            <Select options={enterpriseStatuses.map((s) => ({ value: s, label: t(`enterprises.status.${s}`) }))} data-testid="ent-status" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="staffCount" label={t('enterprises.field.staffCount')} rules={[{ type: 'integer', min: 0, message: t('enterprises.form.staffRule') }]}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={8} md={4}>
          <Form.Item name="inChemicalPark" label={t('enterprises.field.inChemicalPark')} valuePropName="checked"><Switch /></Form.Item>
        </Col>
        <Col xs={16} md={8}>
          {inPark && <Form.Item name="chemicalPark" label={t('enterprises.field.chemicalPark')}><Input maxLength={200} /></Form.Item>}
        </Col>
        <Col xs={24}>
          <Form.Item name="keyProcesses" label={t('enterprises.field.keyProcesses')} extra={t('enterprises.form.keyProcessesHint')}>
            <Select mode="tags" options={keyProcesses.map((p) => ({ value: p.zh, label: label(p) }))} data-testid="ent-processes" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('enterprises.field.contacts')} required={false}>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start" className="ent-contact-row">
                  <Form.Item name={[f.name, 'duty']} dependencies={[['contacts', f.name, 'name']]} rules={[rowNeeds(f.name, 'duty', t('enterprises.form.dutyRequired'))]}>
                    <AutoComplete options={contactDuties.map((d) => ({ value: d.zh, label: label(d) }))} placeholder={t('enterprises.field.duty')} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} dependencies={[['contacts', f.name, 'phone']]} rules={[rowNeeds(f.name, 'name', t('enterprises.form.contactNameRequired'))]}>
                    <Input placeholder={t('enterprises.field.contactName')} maxLength={50} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']} rules={[{ pattern: /^[0-9+\-\s()]{5,20}$/, message: t('enterprises.form.phoneRule') }]}>
                    <Input placeholder={t('enterprises.field.phone')} maxLength={20} style={{ width: 160 }} />
                  </Form.Item>
                  {!disabled && <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('enterprises.form.removeContact')} />}
                </Space>
              ))}
              {!disabled && <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ duty: '', name: '', phone: '' })}>{t('enterprises.form.addContact')}</Button>}
            </>
          )}
        </Form.List>
      </Form.Item>
    </Form>
  );
}
