// 隐患设置: the 重大隐患 criteria with their source (each "未核实" until someone has checked it against 安监总管三〔2017〕121号
// — the admin ticks "已核对原文" when they have), the escalation days (territory → department → district) and the
// default rectification periods. The district office edits; the other regulators read. The form holds the API's own
// nesting, so a field the server refuses (escalation.districtDays, majorCriteria.3.text) shows its message under it.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { splitFieldErrors } from '../modules/enterprises/utils/form-errors';
import { hiddenDangersApi } from '../modules/hidden-dangers/api/hidden-dangers.api';
import { UnverifiedTag } from '../modules/hidden-dangers/components/CriteriaList';
import { HiddenDangersNav } from '../modules/hidden-dangers/components/HiddenDangersNav';
import '../modules/hidden-dangers/hidden-dangers.css';
import { checkSettings, inputOf, valuesOf, type SettingsValues } from '../modules/hidden-dangers/utils/settings-form';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { FormProblem } from '../modules/shared/components/FormProblem';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useFormSave } from '../modules/shared/hooks/use-form-save';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime } from '../modules/shared/utils/format';

const roots = new Set(['escalation', 'deadlines', 'majorCriteria']);

export function HiddenDangerSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const success = useSuccess();
  const settings = useAsync(() => hiddenDangersApi.settings(), []);
  const [form] = Form.useForm<SettingsValues>();
  const { busy, problem, save } = useFormSave(form, (e) => {
    const { fields, rest } = splitFieldErrors(e.details, (path) => typeof path[0] === 'string' && roots.has(path[0]));
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    if (fields[0]) form.scrollToField(fields[0].name);
    return { handled: fields.length > 0, rest };
  });
  const editable = can.admin(me.role);
  useCrumbs([{ title: t('hiddenDangers.nav.title'), path: '/hidden-dangers' }, { title: t('hiddenDangers.nav.settings') }]);
  const s = settings.data;
  useEffect(() => { if (s) form.setFieldsValue(valuesOf(s)); }, [s, form]);
  const criteria = Form.useWatch('majorCriteria', form) ?? s?.majorCriteria ?? [];

  const submit = () => save(async (v) => {
    const problems = checkSettings(v);
    if (problems.length > 0) {
      form.setFields(problems.map((p) => ({ name: p.name, errors: [t(`hiddenDangers.settings.problem.${p.key}`)] })) as Parameters<typeof form.setFields>[0]);
      return;
    }
    // Only the documents that changed: one left alone stays on its default (and follows the data file's updates).
    const next = inputOf(v);
    const before = s ? inputOf(valuesOf(s)) : null;
    const changed = (['escalation', 'deadlines', 'majorCriteria'] as const).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(before?.[k]));
    if (changed.length === 0) { success(t('common.saved')); return; }
    const saved = await hiddenDangersApi.saveSettings(Object.fromEntries(changed.map((k) => [k, next[k]])));
    settings.setData(saved);
    success(t('common.saved'));
  });

  const days = (group: 'escalation' | 'deadlines', name: string, label: string, min: number) => (
    <Col xs={12} md={8} key={name}>
      <Form.Item name={[group, name]} label={label} rules={[{ required: true, message: t('hiddenDangers.settings.daysRequired') }]}>
        <InputNumber min={min} max={365} precision={0} disabled={!editable} style={{ width: '100%' }} suffix={t('hiddenDangers.settings.days')} data-testid={`hd-setting-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <>
      <PageHeader title={t('hiddenDangers.settings.title')} subtitle={t('hiddenDangers.settings.subtitle')}
        extra={editable && s && <Button type="primary" loading={busy} onClick={() => { void submit(); }} data-testid="hd-settings-save">{t('common.save')}</Button>} />
      <HiddenDangersNav active="settings" />
      {settings.error && <ErrorAlert error={settings.error} onRetry={settings.reload} />}
      {!s ? (!settings.error && <Loading />) : (
        <Form form={form} layout="vertical" data-testid="hd-settings-form" disabled={!editable}>
          <FormProblem problem={problem} testId="hd-settings-error" />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={9}>
              <Card className="content-card" title={t('hiddenDangers.settings.escalation')}>
                <Typography.Paragraph type="secondary">{t('hiddenDangers.settings.escalationHint')}</Typography.Paragraph>
                <Row gutter={8}>
                  {days('escalation', 'territoryDays', t('hiddenDangers.escalation.level1'), 0)}
                  {days('escalation', 'departmentDays', t('hiddenDangers.escalation.level2'), 0)}
                  {days('escalation', 'districtDays', t('hiddenDangers.escalation.level3'), 0)}
                </Row>
                <Typography.Title level={5}>{t('hiddenDangers.settings.deadlines')}</Typography.Title>
                <Row gutter={8}>
                  {days('deadlines', 'generalDays', t('hiddenDangers.severity.general'), 1)}
                  {days('deadlines', 'majorDays', t('hiddenDangers.severity.major'), 1)}
                </Row>
                {typeof s.updatedAt === 'string' && (
                  <Typography.Text type="secondary">{t('hiddenDangers.settings.updated', { at: formatDateTime(s.updatedAt), by: typeof s.updatedBy === 'string' ? s.updatedBy : '' })}</Typography.Text>
                )}
              </Card>
            </Col>
            <Col xs={24} lg={15}>
              <Card className="content-card" title={t('hiddenDangers.settings.criteria')}>
                {criteria.some((c) => c && !c.verified) && (
                  <Alert type="warning" showIcon title={t('hiddenDangers.settings.unverifiedNote')} style={{ marginBottom: 12 }} data-testid="hd-criteria-unverified" />
                )}
                <Form.List name="majorCriteria">
                  {(fields, { add, remove }) => (
                    <div data-testid="hd-criteria-table">
                      {fields.map((field, i) => (
                        <div key={field.key} className="hd-criterion-row" data-testid="hd-criterion-row">
                          <Space align="start" wrap style={{ width: '100%' }}>
                            <Form.Item name={[field.name, 'key']} rules={[{ required: true, message: t('hiddenDangers.settings.keyRequired') }]} style={{ width: 80, marginBottom: 8 }}>
                              <Input maxLength={32} aria-label={t('hiddenDangers.settings.key')} />
                            </Form.Item>
                            <UnverifiedTag verified={!!criteria[i]?.verified} />
                            <Form.Item name={[field.name, 'verified']} valuePropName="checked" style={{ marginBottom: 8 }}>
                              <Checkbox>{t('hiddenDangers.settings.verified')}</Checkbox>
                            </Form.Item>
                            {editable && <Button icon={<DeleteOutlined />} type="text" danger onClick={() => remove(field.name)} aria-label={t('hiddenDangers.settings.remove')} />}
                          </Space>
                          <Form.Item name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: t('hiddenDangers.settings.textRequired') }]} style={{ marginBottom: 4 }}>
                            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} aria-label={t('hiddenDangers.settings.text')} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'basis']} rules={[{ required: true, whitespace: true, message: t('hiddenDangers.settings.basisRequired') }]}>
                            <Input maxLength={2000} prefix={<span className="hd-criterion-basis">{t('hiddenDangers.settings.basis')}</span>} aria-label={t('hiddenDangers.settings.basis')} />
                          </Form.Item>
                        </div>
                      ))}
                      {editable && (
                        <Button icon={<PlusOutlined />} onClick={() => add({ key: `mh${String(fields.length + 1).padStart(2, '0')}`, text: '', basis: '', verified: false })} data-testid="hd-criterion-add">
                          {t('hiddenDangers.settings.add')}
                        </Button>
                      )}
                    </div>
                  )}
                </Form.List>
              </Card>
            </Col>
          </Row>
        </Form>
      )}
    </>
  );
}
