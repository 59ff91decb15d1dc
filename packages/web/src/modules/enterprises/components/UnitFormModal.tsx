// Add or edit a production / storage unit: name, kind, facility, site, location, and the number of people within
// 500 m of the plant boundary (GB 18218 4.3.4, Table 5 → α). A population change recomputes the grade.
import { Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter } from '../../shared/hooks/use-error-reporter';
import { enterprisesApi } from '../api/enterprises.api';
import { facilities, unitKinds, type EnterpriseDetail, type Facility, type Unit, type UnitKind } from '../api/enterprises.types';
import { applyApiErrors } from '../utils/apply-errors';

type Values = { name: string; kind: UnitKind; facility?: Facility | null; siteId?: string | null; population500m?: number | null; location?: { crs: 'wgs84' | 'gcj02'; lng?: number | null; lat?: number | null } };
const roots = new Set(['name', 'kind', 'facility', 'siteId', 'population500m', 'location']);

export function UnitFormModal({ enterprise, unit, open, onClose, onSaved }: {
  enterprise: EnterpriseDetail; unit: Unit | null; open: boolean; onClose: () => void; onSaved: (u: Unit) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(unit
      ? { name: unit.name, kind: unit.kind, facility: unit.facility, siteId: unit.siteId, population500m: unit.population500m,
          location: unit.location ? { crs: 'wgs84', lng: unit.location.lng, lat: unit.location.lat } : { crs: 'wgs84' } }
      : { kind: 'storage', facility: 'tank_farm', location: { crs: 'gcj02' } });
  }, [open, unit, form]);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const loc = v.location && typeof v.location.lng === 'number' && typeof v.location.lat === 'number' ? { lng: v.location.lng, lat: v.location.lat, crs: v.location.crs } : null;
    const body = { name: v.name.trim(), kind: v.kind, facility: v.facility ?? null, siteId: v.siteId ?? null, population500m: v.population500m ?? null, location: loc };
    setBusy(true);
    try {
      const saved = unit ? await enterprisesApi.updateUnit(unit.id, body) : await enterprisesApi.addUnit(enterprise.id, body);
      onSaved(saved);
    } catch (e) {
      if (!applyApiErrors(form, e, roots).handled) report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={unit ? t('enterprises.units.edit') : t('enterprises.units.add')} onCancel={onClose} onOk={() => { void save(); }}
      confirmLoading={busy} forceRender okButtonProps={{ 'data-testid': 'unit-save' } as Record<string, string>}>
      <Form form={form} layout="vertical" data-testid="unit-form">
        <Form.Item name="name" label={t('enterprises.units.name')} rules={[{ required: true, whitespace: true, message: t('enterprises.units.nameRequired') }]}>
          <Input maxLength={200} data-testid="unit-name" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('enterprises.units.kind')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={unitKinds.map((k) => ({ value: k, label: t(`enterprises.unitKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="facility" label={t('enterprises.units.facility')}>
            <Select allowClear style={{ width: 160 }} options={facilities.map((f) => ({ value: f, label: t(`enterprises.facility.${f}`) }))} />
          </Form.Item>
        </Space>
        {enterprise.sites.length > 0 && (
          <Form.Item name="siteId" label={t('enterprises.units.site')}>
            <Select allowClear options={enterprise.sites.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        )}
        <Form.Item name="population500m" label={t('enterprises.units.population')} extra={t('enterprises.units.populationHint')}
          rules={[{ type: 'integer', min: 0, message: t('enterprises.units.populationRule') }]}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} data-testid="unit-population" />
        </Form.Item>
        <Form.Item label={t('enterprises.field.location')} extra={t('enterprises.form.crsHint')}>
          <Space wrap>
            <Form.Item name={['location', 'crs']} noStyle>
              <Radio.Group optionType="button" options={[{ value: 'wgs84', label: 'WGS-84' }, { value: 'gcj02', label: 'GCJ-02' }]} />
            </Form.Item>
            <Form.Item name={['location', 'lng']} noStyle><InputNumber placeholder={t('enterprises.form.lng')} style={{ width: 140 }} step={0.000001} /></Form.Item>
            <Form.Item name={['location', 'lat']} noStyle><InputNumber placeholder={t('enterprises.form.lat')} style={{ width: 140 }} step={0.000001} /></Form.Item>
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
