// 岗位安全风险确认: the enterprise records that a person on a post has been told the post's risks (post, person,
// date). The post must be one of the point's posts.
import { Button, Col, Form, Input, Row, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { useAsync } from '../../shared/hooks/use-async';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDate, todayIso } from '../../shared/utils/format';
import { riskApi } from '../api/risk.api';
import type { RiskConfirmation, RiskPoint } from '../api/risk.types';
import { IsoDatePicker } from './IsoDatePicker';

type Values = { post: string; personName: string; confirmedOn: string; note?: string };

export function ConfirmationsCard({ point, canWrite }: { point: RiskPoint; canWrite: boolean }) {
  const { t } = useTranslation();
  const success = useSuccess();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useBusyAction();
  const list = useAsync(() => riskApi.confirmations(point.id).then((r) => r.items), [point.id]);

  const save = (v: Values) => run(async () => {
    await riskApi.addConfirmation(point.id, { post: v.post, personName: v.personName.trim(), confirmedOn: v.confirmedOn, note: v.note?.trim() || null });
    success(t('risk.confirmations.saved'));
    form.resetFields(['personName', 'note']);
    list.reload();
  });

  const items = [...(list.data ?? [])].sort((a, b) => b.confirmedOn.localeCompare(a.confirmedOn));
  return (
    <div data-testid="risk-confirmations">
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      {canWrite && point.posts.length > 0 && (
        <Form form={form} layout="vertical" onFinish={(v) => { void save(v); }} initialValues={{ post: point.posts[0], confirmedOn: todayIso() }}>
          <Row gutter={8}>
            <Col xs={24} sm={8}>
              <Form.Item name="post" label={t('risk.confirmations.post')} rules={[{ required: true }]}>
                <Select data-testid="risk-confirm-post" options={point.posts.map((p) => ({ value: p, label: p }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="personName" label={t('risk.confirmations.person')} rules={[{ required: true, whitespace: true, message: t('risk.confirmations.personRequired') }]}>
                <Input maxLength={50} data-testid="risk-confirm-person" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="confirmedOn" label={t('risk.confirmations.date')} rules={[{ required: true }]}>
                <IsoDatePicker allowClear={false} testId="risk-confirm-date" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="note" label={t('common.note')}><Input maxLength={500} /></Form.Item>
            </Col>
          </Row>
          <Button htmlType="submit" type="primary" loading={busy} data-testid="risk-confirm-save">{t('risk.confirmations.record')}</Button>
        </Form>
      )}
      {items.length === 0 && !list.loading ? <EmptyState description={t('risk.confirmations.none')} /> : (
        <Table<RiskConfirmation> size="small" rowKey="id" dataSource={items} pagination={false} style={{ marginTop: 12 }} scroll={{ x: 420 }}
          onRow={() => ({ 'data-testid': 'risk-confirmation' } as React.HTMLAttributes<HTMLElement>)}
          columns={[
            { key: 'post', title: t('risk.confirmations.post'), dataIndex: 'post' },
            { key: 'person', title: t('risk.confirmations.person'), dataIndex: 'personName' },
            { key: 'date', title: t('risk.confirmations.date'), render: (_: unknown, c) => formatDate(c.confirmedOn) },
            { key: 'note', title: t('common.note'), render: (_: unknown, c) => c.note ?? '' },
          ]} />
      )}
    </div>
  );
}
