// Add or edit an entry of the district's 禁限控 list: the chemical (searched in the catalog, or typed), its CAS,
// the level and a note. The server checks the CAS check digit and answers with the field it refuses.
import { Form, Input, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client';
import { ErrorDetails } from '../../shared/components/ErrorDetails';
import { chemicalsApi } from '../api/chemicals.api';
import { restrictionLevels, type RestrictionEntry, type RestrictionInput } from '../api/chemicals.types';
import { ChemicalSearchInput } from './ChemicalSearchInput';

type Props = { open: boolean; entry: RestrictionEntry | null; onClose: () => void; onSaved: (e: RestrictionEntry) => void };

export function RestrictionForm({ open, entry, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RestrictionInput>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.setFieldsValue(entry ? { chemicalName: entry.chemicalName, cas: entry.cas ?? '', level: entry.level, note: entry.note ?? '' } : { chemicalName: '', cas: '', level: 'restricted', note: '' });
  }, [open, entry, form]);

  const save = async () => {
    const v = await form.validateFields();
    const body: RestrictionInput = { chemicalName: v.chemicalName.trim(), level: v.level };
    if (v.cas?.trim()) body.cas = v.cas.trim();
    if (v.note?.trim()) body.note = v.note.trim();
    setBusy(true);
    setError(null);
    try {
      onSaved(entry ? await chemicalsApi.updateRestriction(entry.id, body) : await chemicalsApi.addRestriction(body));
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  const casError = error instanceof ApiError ? error.details.find((d) => d.field === 'cas')?.message ?? (error.code.startsWith('CAS') ? error.message : undefined) : undefined;

  return (
    <Modal open={open} title={entry ? t('chemicals.restriction.edit') : t('chemicals.restriction.add')} onCancel={onClose} onOk={() => { void save(); }}
      confirmLoading={busy} destroyOnHidden okButtonProps={{ 'data-testid': 'restriction-save' } as Record<string, string>}>
      <Form form={form} layout="vertical" data-testid="restriction-form">
        <Form.Item name="chemicalName" label={t('chemicals.restriction.chemical')} rules={[{ required: true, whitespace: true, message: t('chemicals.restriction.chemicalRequired') }]}>
          <ChemicalSearchInput testId="restriction-chemical" onPick={(hit) => form.setFieldsValue({ chemicalName: hit.name, cas: hit.cas[0] ?? '' })} />
        </Form.Item>
        <Form.Item name="cas" label="CAS" validateStatus={casError ? 'error' : undefined} help={casError} extra={t('chemicals.restriction.casHint')}>
          <Input className="mono" placeholder="7782-50-5" data-testid="restriction-cas" onChange={() => setError(null)} />
        </Form.Item>
        <Form.Item name="level" label={t('chemicals.restriction.levelLabel')} rules={[{ required: true }]}>
          <Radio.Group data-testid="restriction-level" optionType="button" buttonStyle="solid"
            options={restrictionLevels.map((l) => ({ value: l, label: t(`chemicals.restriction.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('common.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="restriction-note" />
        </Form.Item>
      </Form>
      {error && !casError && <div data-testid="restriction-error" className="ant-form-item-explain-error">{error.message}{error instanceof ApiError && error.details.length > 0 && <ErrorDetails details={error.details} />}</div>}
    </Modal>
  );
}
