// 工作日历: the working-day calendar deadlines are decided with — official holidays and make-up working days,
// and the district's own overrides (e.g. a year not yet published).
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Modal, Popconfirm, Radio, Row, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { calendarApi, type CalendarDay } from '../modules/calendar/api/calendar.api';
import { YearGrid } from '../modules/calendar/components/YearGrid';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate } from '../modules/shared/utils/format';

const kindColor: Record<string, string> = { holiday: 'red', makeup_workday: 'orange', workday: 'blue', weekend: 'default' };

export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear;
  const data = useAsync(() => calendarApi.year(year), [year]);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ date: Dayjs; kind: 'workday' | 'holiday'; name: string }>();
  const report = useErrorReporter();
  const success = useSuccess();
  useCrumbs([{ title: t('nav.system') }, { title: t('nav.calendar') }]);

  const days = data.data?.days ?? [];
  const special = days.filter((d) => d.kind === 'holiday' || d.kind === 'makeup_workday' || d.source === 'override');
  const years = Array.from({ length: thisYear + 2 - 2016 }, (_, i) => 2016 + i);

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await calendarApi.setOverride(v.date.format('YYYY-MM-DD'), v.kind, v.name);
      success(t('common.saved'));
      setAdding(false);
      data.reload();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (date: string) => {
    try {
      await calendarApi.removeOverride(date);
      success(t('common.saved'));
      data.reload();
    } catch (e) {
      report(e);
    }
  };

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        extra={
          <Space>
            <Select data-testid="calendar-year" value={year} style={{ width: 120 }} onChange={(y: number) => setParams({ year: String(y) }, { replace: true })}
              options={years.map((y) => ({ value: y, label: t('assessment.yearLabel', { year: y }) }))} />
            {can.admin(me.role) && <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setAdding(true); }} data-testid="calendar-add">{t('calendar.addOverride')}</Button>}
          </Space>
        }
      />
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      {data.data && data.data.coverage !== 'verified' && (
        <Alert type="warning" showIcon className="page-alert" data-testid="calendar-coverage" title={t(`calendar.coverage.${data.data.coverage}`)} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={15}>
          <Card className="content-card" title={t('calendar.yearView', { year })} loading={data.loading && !data.data}
            extra={<Space size={4} wrap>{(['holiday', 'makeup_workday', 'weekend'] as const).map((k) => <Tag key={k} color={kindColor[k]}>{t(`calendar.kind.${k}`)}</Tag>)}<Tag className="legend-override">{t('calendar.override')}</Tag></Space>}>
            <YearGrid year={year} days={days} />
          </Card>
        </Col>
        <Col xs={24} xxl={9}>
          <Card className="content-card" title={t('calendar.specialDays')}>
            <Table<CalendarDay>
              data-testid="calendar-table"
              size="small"
              rowKey="date"
              loading={data.loading}
              dataSource={special}
              pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
              locale={{ emptyText: <EmptyState description={t('calendar.noSpecial')} /> }}
              columns={[
                { key: 'date', title: t('calendar.date'), width: 120, render: (_: unknown, d) => formatDate(d.date) },
                { key: 'kind', title: t('calendar.kindLabel'), width: 110, render: (_: unknown, d) => <Tag color={kindColor[d.kind]}>{t(`calendar.kind.${d.kind}`)}</Tag> },
                { key: 'name', title: t('calendar.name'), dataIndex: 'name' },
                { key: 'source', title: t('calendar.source'), width: 90, render: (_: unknown, d) => t(`calendar.sourceKind.${d.source}`, { defaultValue: d.source }) },
                ...(can.admin(me.role) ? [{
                  key: 'actions', title: '', width: 70,
                  render: (_: unknown, d: CalendarDay) => d.source === 'override'
                    ? <Popconfirm title={t('calendar.removeConfirm')} onConfirm={() => remove(d.date)}><Button size="small" type="link" danger>{t('calendar.remove')}</Button></Popconfirm>
                    : null,
                }] : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Modal open={adding} title={t('calendar.addOverride')} onCancel={() => setAdding(false)} onOk={() => { void save(); }} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: 'holiday' }}>
          <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true }]}><DatePicker /></Form.Item>
          <Form.Item name="kind" label={t('calendar.kindLabel')} rules={[{ required: true }]}>
            <Radio.Group options={[{ value: 'holiday', label: t('calendar.kind.holiday') }, { value: 'workday', label: t('calendar.kind.workday') }]} />
          </Form.Item>
          <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, whitespace: true }]}><Input maxLength={100} placeholder={t('calendar.namePlaceholder')} /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
