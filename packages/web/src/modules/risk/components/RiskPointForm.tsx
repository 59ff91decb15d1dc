// The risk point form, for a new point (drawer) and for editing one: what it is and whose, where, who works there,
// what can go wrong, the assessment with its live result, how it is controlled and by whom, and its review cycle.
// Coordinates carry their system: WGS-84 (GPS, 天地图) or GCJ-02 (高德、腾讯地图), converted to WGS-84 on save.
import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Space, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enterprisesApi } from '../../enterprises/api/enterprises.api';
import type { EnterpriseDetail } from '../../enterprises/api/enterprises.types';
import type { Territories } from '../../enterprises/hooks/use-territories';
import { useAsync } from '../../shared/hooks/use-async';
import { controlLevels, measureKinds, publicPlaceKinds, riskPointKinds, riskStatuses, type RiskBands } from '../api/risk.types';
import { accidentTypeChoices, labelOf } from '../utils/choices';
import { isPublicKind, type RiskFormValues } from '../utils/form-values';
import type { CreateRights } from '../utils/permissions';
import { AssessmentFields } from './AssessmentFields';
import { IsoDatePicker } from './IsoDatePicker';

type Props = {
  form: FormInstance<RiskFormValues>;
  initialValues: RiskFormValues;
  bands: RiskBands;
  territories: Territories;
  rights: CreateRights;
  /** An enterprise user's own enterprise (fixed), or the enterprise whose tab the form was opened from. */
  fixedEnterprise?: EnterpriseDetail | null;
  /** Editing: the kind and owner stay as they are. */
  editing?: boolean;
};

const enterpriseKinds = riskPointKinds.filter((k) => !publicPlaceKinds.includes(k));

export function RiskPointForm({ form, initialValues, bands, territories, rights, fixedEnterprise, editing }: Props) {
  const { t, i18n } = useTranslation();
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const enterpriseId = (Form.useWatch('enterpriseId', form) ?? initialValues.enterpriseId) as string | null | undefined;
  const territoryId = Form.useWatch('territoryId', form) as string | null | undefined;
  const crs = Form.useWatch(['coordinates', 'crs'], form);
  const pub = isPublicKind(kind);
  const [q, setQ] = useState('');
  const found = useAsync((signal) => enterprisesApi.list({ q: q || undefined, pageSize: 20 }, signal), [q], !fixedEnterprise && !pub && rights.enterprisePoints);
  const detail = useAsync(() => (fixedEnterprise ? Promise.resolve(fixedEnterprise) : enterprisesApi.get(enterpriseId as string)), [enterpriseId, fixedEnterprise?.id], !pub && !!(fixedEnterprise || enterpriseId));
  const ent = detail.data && (fixedEnterprise || detail.data.id === enterpriseId) ? detail.data : undefined;
  const kinds = [...(rights.enterprisePoints || editing ? enterpriseKinds : []), ...(rights.publicPlaces || editing ? publicPlaceKinds : [])];
  const enterpriseOptions = [
    ...(ent && !found.data?.items.some((x) => x.id === ent.id) ? [{ value: ent.id, label: ent.name }] : []),
    ...(found.data?.items ?? []).map((x) => ({ value: x.id, label: x.name })),
  ];
  const required = (key: string) => [{ required: true, whitespace: true, message: t(key) }];
  const tags = (testId: string, options: { value: string; label: string }[] = []) => (
    <Select mode="tags" data-testid={testId} options={options} tokenSeparators={['，', ',', '；', ';']} placeholder={t('risk.form.tagsHint')} />
  );

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} data-testid="risk-form" scrollToFirstError>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={t('risk.field.kind')} rules={[{ required: true }]}>
            <Select data-testid="risk-kind" disabled={editing} options={kinds.map((k) => ({ value: k, label: t(`risk.kind.${k}`) }))}
              onChange={(k) => { if (isPublicKind(k)) form.setFieldsValue({ siteId: null, unitId: null }); }} />
          </Form.Item>
        </Col>
        {!pub && (
          <Col xs={24} md={16}>
            <Form.Item name="enterpriseId" label={t('risk.field.enterprise')} rules={[{ required: true, message: t('risk.form.enterpriseRequired') }]}>
              {fixedEnterprise || editing
                ? <Select disabled options={ent ? [{ value: ent.id, label: ent.name }] : []} data-testid="risk-enterprise" />
                : <Select showSearch={{ filterOption: false, onSearch: setQ }} options={enterpriseOptions} loading={found.loading}
                    onChange={() => form.setFieldsValue({ siteId: null, unitId: null })} data-testid="risk-enterprise" placeholder={t('risk.form.searchEnterprise')} />}
            </Form.Item>
          </Col>
        )}
        {!pub && kind === 'site' && (
          <Col xs={24} md={12}>
            <Form.Item name="siteId" label={t('risk.field.site')} rules={[{ required: true, message: t('risk.form.siteRequired') }]}>
              <Select data-testid="risk-site" options={(ent?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))} loading={detail.loading} />
            </Form.Item>
          </Col>
        )}
        {!pub && kind === 'unit' && (
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('risk.field.unit')} rules={[{ required: true, message: t('risk.form.unitRequired') }]}>
              <Select data-testid="risk-unit" loading={detail.loading}
                options={(ent?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
                onChange={(id: string) => { const u = ent?.units.find((x) => x.id === id); if (u && !form.getFieldValue('name')) form.setFieldValue('name', u.name); }} />
            </Form.Item>
          </Col>
        )}
        {pub && (
          <>
            <Col xs={24} md={8}>
              <Form.Item name="territoryId" label={t('risk.field.territory')} rules={[{ required: true, message: t('risk.form.territoryRequired') }]}>
                <Select data-testid="risk-territory" showSearch={{ optionFilterProp: 'label' }} options={territories.territories} onChange={() => form.setFieldValue('gridId', null)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="gridId" label={t('risk.field.grid')}>
                <Select allowClear data-testid="risk-grid" options={territories.gridsOf(territoryId)} placeholder={t('risk.form.gridNone')} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('risk.field.name')} rules={required('risk.form.nameRequired')}>
            <Input maxLength={200} data-testid="risk-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="location" label={t('risk.field.location')}><Input maxLength={300} data-testid="risk-location" /></Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label={t('risk.field.coordinates')} data-testid="risk-coordinates" extra={crs === 'gcj02' ? t('risk.form.gcjHint') : t('risk.form.wgsHint')}>
            <Space wrap>
              <Form.Item name={['coordinates', 'crs']} noStyle>
                <Radio.Group optionType="button" data-testid="risk-crs" options={[{ value: 'wgs84', label: 'WGS-84' }, { value: 'gcj02', label: t('risk.form.gcjLabel') }]} />
              </Form.Item>
              <Form.Item name={['coordinates', 'lng']} noStyle rules={[{ type: 'number', min: 73, max: 136, message: t('risk.form.lngRange') }]}>
                <InputNumber placeholder={t('risk.form.lng')} step={0.000001} style={{ width: 150 }} data-testid="risk-lng" />
              </Form.Item>
              <Form.Item name={['coordinates', 'lat']} noStyle rules={[{ type: 'number', min: 3, max: 54, message: t('risk.form.latRange') }]}>
                <InputNumber placeholder={t('risk.form.lat')} step={0.000001} style={{ width: 150 }} data-testid="risk-lat" />
              </Form.Item>
            </Space>
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="posts" label={t('risk.field.posts')} extra={t('risk.form.postsHint')}>{tags('risk-posts')}</Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="hazardFactors" label={t('risk.field.hazardFactors')} rules={[{ required: true, type: 'array', min: 1, message: t('risk.form.factorsRequired') }]}>
            {tags('risk-factors')}
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="accidentTypes" label={t('risk.field.accidentTypes')}>
            {tags('risk-accidents', accidentTypeChoices.map((c) => ({ value: c.zh, label: labelOf(c, i18n.language) })))}
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('risk.section.assessment')}</Divider>
      <AssessmentFields form={form} bands={bands} />
      <Divider titlePlacement="start">{t('risk.section.control')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="controlLevel" label={t('risk.field.controlLevel')} rules={[{ required: true }]}>
            <Select data-testid="risk-control-level" options={controlLevels.map((c) => ({ value: c, label: t(`risk.controlLevel.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="status" label={t('risk.field.status')} rules={[{ required: true }]}>
            <Select data-testid="risk-status-select" options={riskStatuses.map((s) => ({ value: s, label: t(`risk.status.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} />
        <Col xs={24} md={8}>
          <Form.Item name="responsibleDepartment" label={t('risk.field.responsibleDepartment')} rules={required('risk.form.departmentRequired')}>
            <Input maxLength={100} data-testid="risk-dept" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="responsiblePerson" label={t('risk.field.responsiblePerson')} rules={required('risk.form.personRequired')}>
            <Input maxLength={50} data-testid="risk-person" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="responsiblePhone" label={t('risk.field.responsiblePhone')} rules={[{ pattern: /^[0-9+\-\s()]{5,20}$/, message: t('risk.form.phoneRule') }]}>
            <Input maxLength={20} data-testid="risk-phone" />
          </Form.Item>
        </Col>
        {measureKinds.map((m) => (
          <Col xs={24} md={12} key={m}>
            <Form.Item name={['measures', m]} label={t(`risk.measure.${m}`)}>{tags(`risk-measures-${m}`)}</Form.Item>
          </Col>
        ))}
        <Col xs={24}>
          <Form.Item name="emergencyText" label={t('risk.field.emergencyText')}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="risk-emergency" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="reviewIntervalDays" label={t('risk.field.reviewIntervalDays')}
            rules={[{ required: true, type: 'integer', min: 1, max: 1095, message: t('risk.form.intervalRule') }]}>
            <InputNumber min={1} max={1095} precision={0} style={{ width: '100%' }} data-testid="risk-interval" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="lastReviewedOn" label={t('risk.field.lastReviewedOn')}><IsoDatePicker testId="risk-last-reviewed" /></Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
