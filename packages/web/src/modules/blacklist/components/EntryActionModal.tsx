// One workflow step of an entry in a dialog: the fields the action asks for (a decision number and duration for
// 决定, the departments and measures of the joint punishment for 公布, a reason for a rejection or removal …), sent with
// the entry's version so two people deciding at once cannot both win. The server's refusal is shown in the dialog.
import { Form, Input, InputNumber, Modal, Select, type ButtonProps, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../enterprises/utils/form-errors';
import type { ApiError, ApiErrorDetail } from '../../shared/api/client';
import { FormProblem } from '../../shared/components/FormProblem';
import { useFormSave } from '../../shared/hooks/use-form-save';
import { blacklistApi } from '../api/blacklist.api';
import type { BlacklistEntry, EntryAction, EntryActionBody } from '../api/blacklist.types';
import { actionFields, defaultDuration, type ActionField } from '../utils/entry-flow';

type Values = Partial<Record<ActionField, string | number | string[]>>;
const roots = new Set<string>(['comment', 'decisionNo', 'durationMonths', 'departmentIds', 'measures', 'note']);

function placeErrors(form: FormInstance<Values>, error: ApiError): { handled: boolean; rest: ApiErrorDetail[] } {
  const mapped = error.details.map((d) => (d.field ? { ...d, field: d.field.replace(/^body\./, '').replace(/^departmentIds[[.]\d+\]?/, 'departmentIds') } : d));
  const { fields, rest } = splitFieldErrors(mapped, (p) => typeof p[0] === 'string' && roots.has(p[0]));
  form.setFields(fields as Parameters<typeof form.setFields>[0]);
  return { handled: fields.length > 0, rest };
}

type Props = {
  entry: BlacklistEntry; action: EntryAction; departments: { id: string; name: string }[];
  onClose: () => void; onDone: (e: BlacklistEntry) => void;
};

export function EntryActionModal({ entry, action, departments, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, problem, save } = useFormSave(form, (e) => placeErrors(form, e));
  const fields = actionFields[action];
  const initial: Values = { durationMonths: entry.durationMonths ?? defaultDuration(entry.criteria), decisionNo: entry.decisionNo ?? undefined };

  const submit = () => save(async (v) => {
    const body: EntryActionBody = { action, version: entry.version };
    for (const { field } of fields) {
      const value = v[field];
      if (value === undefined || value === null || value === '') continue;
      if (field === 'durationMonths') body.durationMonths = Number(value);
      else if (field === 'departmentIds') body.departmentIds = value as string[];
      else body[field] = String(value).trim();
    }
    onDone(await blacklistApi.act(entry.id, body));
  });

  const label = (f: ActionField) => t(`blacklist.actionField.${f}`);
  // the rule's type matters: antd checks a required value as a string unless told it is a number or a list
  const typeOf = (f: ActionField) => (f === 'durationMonths' ? 'number' as const : f === 'departmentIds' ? 'array' as const : 'string' as const);
  const required = (f: ActionField, r: boolean) => (r ? [{ required: true, type: typeOf(f), whitespace: typeOf(f) === 'string', message: t('blacklist.action.required', { field: label(f) }) }] : []);

  return (
    <Modal open title={t(`blacklist.action.${action}`)} onCancel={onClose} onOk={() => { void submit(); }} confirmLoading={busy}
      okText={t('blacklist.action.confirm')} okButtonProps={{ 'data-testid': 'action-confirm', danger: action === 'review_reject' || action === 'remove' } as ButtonProps}
      destroyOnHidden data-testid="action-modal">
      <FormProblem problem={problem} testId="action-error" />
      <Form form={form} layout="vertical" initialValues={initial}>
        {fields.map(({ field, required: r }) => (
          <Form.Item key={field} name={field} label={label(field)} rules={required(field, r)}
            extra={field === 'durationMonths' ? t('blacklist.action.durationHint') : field === 'departmentIds' ? t('blacklist.action.departmentsHint') : undefined}>
            {field === 'durationMonths' ? <InputNumber min={1} max={120} precision={0} data-testid={`action-${field}`} addonAfter={t('blacklist.action.months')} />
              : field === 'departmentIds' ? <Select mode="multiple" data-testid={`action-${field}`} showSearch={{ optionFilterProp: 'label' }}
                options={departments.map((d) => ({ value: d.id, label: d.name }))} />
              : field === 'decisionNo' ? <Input data-testid={`action-${field}`} maxLength={100} placeholder={t('blacklist.action.decisionNoPlaceholder')} />
              : <Input.TextArea data-testid={`action-${field}`} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />}
          </Form.Item>
        ))}
        {fields.length === 0 && <p>{t('blacklist.action.noFields')}</p>}
      </Form>
    </Modal>
  );
}
