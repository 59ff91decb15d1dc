// 隐患设置: the 20 重大隐患 criteria with their source (each "未核实" until checked against 安监总管三〔2017〕121号), the
// escalation days (territory → department → district) and the default rectification periods. The district office
// edits the days; everyone signed in as a regulator reads them.
import { Alert, Button, Card, Col, Form, InputNumber, Row, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { hiddenDangersApi } from '../modules/hidden-dangers/api/hidden-dangers.api';
import type { InspectionSettingsView, MajorCriterion } from '../modules/hidden-dangers/api/hidden-dangers.types';
import { UnverifiedTag } from '../modules/hidden-dangers/components/CriteriaList';
import { HiddenDangersNav } from '../modules/hidden-dangers/components/HiddenDangersNav';
import '../modules/hidden-dangers/hidden-dangers.css';
import { checkDays, type DaysValues } from '../modules/hidden-dangers/utils/settings-form';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useBusyAction } from '../modules/shared/hooks/use-busy-action';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';

const valuesOf = (s: InspectionSettingsView): DaysValues => ({
  ...s.escalation, generalDays: s.deadlines?.generalDays ?? 15, majorDays: s.deadlines?.majorDays ?? 60,
});

export function HiddenDangerSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const success = useSuccess();
  const settings = useAsync(() => hiddenDangersApi.settings(), []);
  const [form] = Form.useForm<DaysValues>();
  const { busy, run } = useBusyAction();
  const editable = can.admin(me.role);
  useCrumbs([{ title: t('hiddenDangers.nav.title'), path: '/hidden-dangers' }, { title: t('hiddenDangers.nav.settings') }]);
  const s = settings.data;
  useEffect(() => { if (s) form.setFieldsValue(valuesOf(s)); }, [s, form]);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const problem = checkDays(v);
    if (problem) {
      form.setFields([{ name: problem, errors: [t('hiddenDangers.settings.orderError')] }]);
      return;
    }
    await run(async () => {
      const saved = await hiddenDangersApi.saveSettings({
        escalation: { territoryDays: v.territoryDays, departmentDays: v.departmentDays, districtDays: v.districtDays },
        deadlines: { generalDays: v.generalDays, majorDays: v.majorDays },
      });
      settings.setData(saved);
      success(t('common.saved'));
    });
  };

  const day = (name: keyof DaysValues, label: string) => (
    <Col xs={12} md={8} key={name}>
      <Form.Item name={name} label={label} rules={[{ required: true, message: t('hiddenDangers.settings.daysRequired') }]}>
        <InputNumber min={0} max={3650} precision={0} disabled={!editable} style={{ width: '100%' }} suffix={t('hiddenDangers.settings.days')} data-testid={`hd-setting-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <>
      <PageHeader title={t('hiddenDangers.settings.title')} subtitle={t('hiddenDangers.settings.subtitle')} />
      <HiddenDangersNav active="settings" />
      {settings.error && <ErrorAlert error={settings.error} onRetry={settings.reload} />}
      {!s ? (!settings.error && <Loading />) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Card className="content-card" title={t('hiddenDangers.settings.escalation')}>
              <Typography.Paragraph type="secondary">{t('hiddenDangers.settings.escalationHint')}</Typography.Paragraph>
              <Form form={form} layout="vertical" data-testid="hd-settings-form">
                <Row gutter={8}>
                  {day('territoryDays', t('hiddenDangers.escalation.level1'))}
                  {day('departmentDays', t('hiddenDangers.escalation.level2'))}
                  {day('districtDays', t('hiddenDangers.escalation.level3'))}
                </Row>
                <Typography.Title level={5}>{t('hiddenDangers.settings.deadlines')}</Typography.Title>
                <Row gutter={8}>
                  {day('generalDays', t('hiddenDangers.severity.general'))}
                  {day('majorDays', t('hiddenDangers.severity.major'))}
                </Row>
                {editable && <Button type="primary" loading={busy} onClick={() => { void save(); }} data-testid="hd-settings-save">{t('common.save')}</Button>}
              </Form>
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card className="content-card" title={t('hiddenDangers.settings.criteria')}>
              {s.majorCriteria.some((c) => !c.verified) && (
                <Alert type="warning" showIcon title={t('hiddenDangers.settings.unverifiedNote')} style={{ marginBottom: 12 }} data-testid="hd-criteria-unverified" />
              )}
              <Table<MajorCriterion> size="small" rowKey="key" dataSource={s.majorCriteria} pagination={false} data-testid="hd-criteria-table"
                columns={[
                  { key: 'key', title: t('hiddenDangers.settings.key'), dataIndex: 'key', width: 70 },
                  { key: 'text', title: t('hiddenDangers.settings.text'),
                    render: (_: unknown, c) => <>{c.text} <UnverifiedTag verified={c.verified} /><div className="hd-criterion-basis">{c.basis}</div></> },
                ]} />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
