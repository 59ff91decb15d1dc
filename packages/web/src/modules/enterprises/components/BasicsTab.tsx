// 基本信息: the enterprise's facts, read, or edited in place. Saving sends the version read; when someone else
// saved in between the server answers 409 and the user is told, with a way to load the newer record.
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client';
import { FormProblem } from '../../shared/components/FormProblem';
import { useSuccess } from '../../shared/hooks/use-error-reporter';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { formatDateTime, formatNumber } from '../../shared/utils/format';
import { enterprisesApi } from '../api/enterprises.api';
import type { EnterpriseDetail } from '../api/enterprises.types';
import { useTerritories } from '../hooks/use-territories';
import { applyApiErrors } from '../utils/apply-errors';
import { keyProcesses } from '../utils/key-processes';
import { EnterpriseForm, formFieldRoots, inputOf, valuesOf, type EnterpriseFormValues } from './EnterpriseForm';
import { ActivityTags, EnterpriseStatusTag } from './Tags';

export function BasicsTab({ enterprise: d, editable, onSaved, onReload }: {
  enterprise: EnterpriseDetail; editable: boolean; onSaved: (d: EnterpriseDetail) => void; onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const territories = useTerritories();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const { busy, problem, clearProblem, save: saveForm } = useFormSave(form, (e) => applyApiErrors(form, e, formFieldRoots));
  const success = useSuccess();

  const save = () => saveForm(async (values) => {
    const saved = await enterprisesApi.update(d.id, { ...inputOf(values), version: d.version });
    onSaved(saved);
    setEditing(false);
    success(t('common.saved'));
  }, (e) => {
    // someone saved in between: say so, with a way to load the newer record (not a field problem)
    if (!(e instanceof ApiError && e.code === 'ENTERPRISE_VERSION_CONFLICT')) return false;
    setConflict(e.message);
    return true;
  });

  const processLabel = (p: string) => (i18n.language === 'en' ? keyProcesses.find((k) => k.zh === p)?.en ?? p : p);
  const territoryName = territories.nameOf(d.territoryId) || d.territory?.name || '';
  const gridName = d.gridId ? territories.nameOf(d.gridId) || d.grid?.name || '' : '';

  return (
    <div data-testid="basics-tab">
      {conflict && (
        <Alert type="warning" showIcon className="page-alert" data-testid="version-conflict" title={t('enterprises.basics.conflictTitle')}
          description={conflict}
          action={<Button size="small" onClick={() => { setConflict(null); setEditing(false); onReload(); }}>{t('enterprises.basics.reloadLatest')}</Button>} />
      )}
      <FormProblem problem={problem} testId="basics-error" />
      {editing ? (
        <>
          <EnterpriseForm form={form} territories={territories} initialValues={valuesOf(d)} />
          <Space className="ent-form-actions">
            <Button onClick={() => { setEditing(false); clearProblem(); }}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy} onClick={() => { void save(); }} data-testid="basics-save">{t('common.save')}</Button>
          </Space>
        </>
      ) : (
        <>
          {editable && (
            <div className="ent-tab-toolbar">
              <Button icon={<EditOutlined />} onClick={() => { form.setFieldsValue(valuesOf(d)); setEditing(true); }} data-testid="basics-edit">{t('enterprises.basics.edit')}</Button>
            </div>
          )}
          <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} className="ent-descriptions" data-testid="basics-view">
            <Descriptions.Item label={t('enterprises.field.name')}>{d.name}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.uscc')}><span className="mono">{d.uscc}</span></Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.territory')}>{territoryName}{gridName ? ` / ${gridName}` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.legalRepresentative')}>{d.legalRepresentative || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.industry')}>{d.industry || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.status')}><EnterpriseStatusTag status={d.status} /></Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.address')} span={2}>{d.address || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.location')} span={2}>
              {d.location ? (
                <span data-testid="basics-location">
                  {t('enterprises.basics.wgsPoint', { lng: formatNumber(d.location.lng, 6), lat: formatNumber(d.location.lat, 6) })}
                  {d.location.input === 'gcj02' && <Tag className="ent-inline-tag">{t('enterprises.basics.convertedFromGcj')}</Tag>}
                </span>
              ) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.activities')} span={2}><ActivityTags activities={d.activities} /></Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.inChemicalPark')}>{d.inChemicalPark ? (d.chemicalPark || t('enterprises.basics.yes')) : t('enterprises.basics.no')}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.staffCount')}>{formatNumber(d.staffCount ?? null)}</Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.keyProcesses')} span={2}>
              {d.keyProcesses.length ? d.keyProcesses.map((p) => <Tag key={p} color="volcano">{processLabel(p)}</Tag>) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises.field.contacts')} span={2}>
              {d.contacts.length ? d.contacts.map((c, i) => (
                <div key={`${c.duty}-${i}`}>{t('enterprises.basics.contactLine', { duty: c.duty, name: c.name })}{c.phone ? t('enterprises.basics.contactPhone', { phone: c.phone }) : ''}</div>
              )) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('enterprises.basics.updatedAt')} span={2}>{formatDateTime(d.updatedAt)}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </div>
  );
}
