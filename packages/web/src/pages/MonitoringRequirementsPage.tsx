// 监控要求: what a major hazard of each grade must have in place (monitoring, alarms, inspections …). The district
// admin edits the lists; everybody else reads them.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { majorHazardsApi } from '../modules/major-hazards/api/major-hazards.api';
import { grades, type MonitoringRequirements, type Requirement } from '../modules/major-hazards/api/major-hazards.types';
import { MajorHazardsNav } from '../modules/major-hazards/components/MajorHazardsNav';
import { RequirementList } from '../modules/major-hazards/components/RequirementList';
import { GradeTag } from '../modules/major-hazards/components/StatusTags';
import '../modules/major-hazards/major-hazards.css';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime } from '../modules/shared/utils/format';

type Fields = Record<string, Requirement[]>;
const requirementsOf = (data: MonitoringRequirements | undefined, grade: number) => data?.items.find((g) => Number(g.grade) === grade)?.requirements ?? [];

export function MonitoringRequirementsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = can.admin(me.role);
  const data = useAsync(() => majorHazardsApi.monitoring(), []);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Fields>();
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.major-hazards'), path: '/major-hazards' }, { title: t('majorHazards.nav.monitoring') }]);

  const startEdit = () => {
    form.setFieldsValue(Object.fromEntries(grades.map((g) => [`g${g}`, requirementsOf(data.data, g)])));
    setEditing(true);
  };
  const save = async () => {
    await form.validateFields();
    // All store values, not only the registered inputs: a requirement keeps its basis and suggestion mark.
    const v = form.getFieldsValue(true) as Fields;
    const body: MonitoringRequirements = {
      items: grades.map((g) => ({ grade: g, requirements: (v[`g${g}`] ?? []).map((r) => ({ ...r, zh: r.zh.trim(), en: (r.en ?? '').trim() })) })),
    };
    setBusy(true);
    try {
      data.setData(await majorHazardsApi.saveMonitoring(body));
      success(t('common.saved'));
      setEditing(false);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const extra = admin && (editing ? (
    <Space>
      <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
      <Button type="primary" loading={busy} onClick={() => { void save(); }} data-testid="monitoring-save">{t('common.save')}</Button>
    </Space>
  ) : <Button icon={<EditOutlined />} onClick={startEdit} disabled={!data.data} data-testid="monitoring-edit">{t('majorHazards.monitoring.edit')}</Button>);

  return (
    <>
      <PageHeader title={t('majorHazards.monitoring.title')} subtitle={t('majorHazards.monitoring.subtitle')} extra={extra} />
      <MajorHazardsNav active="monitoring" />
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.data?.source && (
        <Typography.Paragraph type="secondary" data-testid="monitoring-source" data-source={data.data.source}>
          {data.data.source === 'district'
            ? t('majorHazards.monitoring.sourceDistrict', { at: formatDateTime(data.data.updatedAt) })
            : t('majorHazards.monitoring.sourceDefault')}
        </Typography.Paragraph>
      )}
      <Form form={form} component={editing ? 'form' : false}>
        <Row gutter={[16, 0]}>
          {grades.map((g) => (
            <Col xs={24} lg={12} key={g}>
              <Card className="content-card" loading={data.loading && !data.data} title={<><GradeTag grade={g} /> {t('majorHazards.monitoring.gradeTitle', { grade: t(`majorHazards.grade.${g}`) })}</>}
                data-testid="monitoring-grade" data-grade={g}>
                {editing ? <RequirementEditor name={`g${g}`} /> : <RequirementList items={requirementsOf(data.data, g)} testId={`monitoring-list-${g}`} />}
              </Card>
            </Col>
          ))}
        </Row>
      </Form>
    </>
  );
}

function RequirementEditor({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <span style={{ paddingTop: 5, minWidth: 20 }}>{i + 1}.</span>
              <div style={{ flex: 1 }}>
                <Form.Item name={[f.name, 'zh']} rules={[{ required: true, whitespace: true, message: t('majorHazards.monitoring.zhRequired') }]} style={{ marginBottom: 4 }}>
                  <Input.TextArea autoSize placeholder={t('majorHazards.monitoring.zhPlaceholder')} data-testid="monitoring-zh" />
                </Form.Item>
                <Form.Item name={[f.name, 'en']} style={{ marginBottom: 12 }}>
                  <Input.TextArea autoSize placeholder={t('majorHazards.monitoring.enPlaceholder')} />
                </Form.Item>
              </div>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('majorHazards.monitoring.remove')} />
            </div>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ zh: '', en: '' })} data-testid="monitoring-add">{t('majorHazards.monitoring.add')}</Button>
        </>
      )}
    </Form.List>
  );
}
