// The 备案 record of a major hazard: filing status, number and date, and the three responsible persons
// (主要负责人 / 技术负责人 / 操作负责人) with their phones. Read-only for those who may not edit it.
import { Button, Col, DatePicker, Descriptions, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDate } from '../../shared/utils/format';
import { majorHazardsApi } from '../api/major-hazards.api';
import { filingStatuses, type Register, type RegisterInput } from '../api/major-hazards.types';
import { FilingTag } from './StatusTags';

type Fields = Omit<RegisterInput, 'filedOn'> & { filedOn?: Dayjs | null };
const people = ['principal', 'technical', 'operations'] as const;
const PHONE = /^[0-9+\-() ]{5,20}$/;

function fieldsOf(r: Register | null): Fields {
  return {
    filingStatus: r?.filingStatus ?? 'not_filed',
    filingNumber: r?.filingNumber ?? '',
    filedOn: r?.filedOn ? dayjs(r.filedOn) : null,
    principalName: r?.principalName ?? '', principalPhone: r?.principalPhone ?? '',
    technicalName: r?.technicalName ?? '', technicalPhone: r?.technicalPhone ?? '',
    operationsName: r?.operationsName ?? '', operationsPhone: r?.operationsPhone ?? '',
  };
}

const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function RegisterForm({ unitId, register, editable, onSaved }: { unitId: string; register: Register | null; editable: boolean; onSaved: (r: Register) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const [busy, setBusy] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();
  useEffect(() => { form.setFieldsValue(fieldsOf(register)); }, [form, register]);

  if (!editable) {
    return (
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} data-testid="register-readonly">
        <Descriptions.Item label={t('majorHazards.registerForm.filingStatus')}><FilingTag status={register?.filingStatus ?? null} /></Descriptions.Item>
        <Descriptions.Item label={t('majorHazards.registerForm.filingNumber')}>{register?.filingNumber || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('majorHazards.registerForm.filedOn')}>{formatDate(register?.filedOn)}</Descriptions.Item>
        {people.map((p) => (
          <Descriptions.Item key={p} label={t(`majorHazards.registerForm.${p}`)}>
            {register?.[`${p}Name`] || '—'}{register?.[`${p}Phone`] ? `（${register[`${p}Phone`]}）` : ''}
          </Descriptions.Item>
        ))}
      </Descriptions>
    );
  }

  const save = async () => {
    const v = await form.validateFields();
    const body: RegisterInput = {
      filingStatus: v.filingStatus,
      filingNumber: blankToNull(v.filingNumber),
      filedOn: v.filedOn ? v.filedOn.format('YYYY-MM-DD') : null,
      ...Object.fromEntries(people.flatMap((p) => [[`${p}Name`, blankToNull(v[`${p}Name`])], [`${p}Phone`, blankToNull(v[`${p}Phone`])]])),
    };
    setBusy(true);
    try {
      const saved = await majorHazardsApi.saveRegister(unitId, body);
      success(t('majorHazards.registerForm.saved'));
      onSaved(saved);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" data-testid="register-form" initialValues={fieldsOf(register)}>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="filingStatus" label={t('majorHazards.registerForm.filingStatus')} rules={[{ required: true }]}>
            <Select data-testid="register-filing-status" options={filingStatuses.map((s) => ({ value: s, label: t(`majorHazards.filing.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="filingNumber" label={t('majorHazards.registerForm.filingNumber')}
            rules={[({ getFieldValue }) => ({ required: getFieldValue('filingStatus') === 'filed', whitespace: true, message: t('majorHazards.registerForm.numberRequired') })]}>
            <Input maxLength={64} data-testid="register-filing-number" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="filedOn" label={t('majorHazards.registerForm.filedOn')}>
            <DatePicker style={{ width: '100%' }} data-testid="register-filed-on" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        {people.map((p) => (
          <Col xs={24} md={8} key={p}>
            <Form.Item name={`${p}Name`} label={t(`majorHazards.registerForm.${p}`)}>
              <Input maxLength={40} data-testid={`register-${p}-name`} />
            </Form.Item>
            <Form.Item name={`${p}Phone`} label={t('majorHazards.registerForm.phoneOf', { who: t(`majorHazards.registerForm.${p}`) })}
              rules={[{ pattern: PHONE, message: t('majorHazards.registerForm.phoneRule') }]}>
              <Input inputMode="tel" maxLength={20} data-testid={`register-${p}-phone`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Button type="primary" loading={busy} onClick={() => { void save(); }} data-testid="register-save">{t('common.save')}</Button>
    </Form>
  );
}
