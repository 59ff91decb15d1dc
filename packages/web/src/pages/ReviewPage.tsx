// 报告审核 (district office): the reports units submitted for a quarter; accept, or return with a comment.
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, Popconfirm, Segmented, Select, Space, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import { reportStatuses, type ProgressReport, type Quarter, type ReportStatus } from '../modules/plans/api/plans.types';
import { ExportRollupButtons, ExportTasksButton } from '../modules/plans/components/ExportButtons';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { QuarterSelect } from '../modules/plans/components/QuarterSelect';
import { ReportTable } from '../modules/plans/components/ReportTable';
import { usePlan, usePlans } from '../modules/plans/hooks/plan-context';
import { currentQuarter, parseQuarterKey, planQuarters, quarterKey } from '../modules/plans/utils/quarters';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { todayIso } from '../modules/shared/utils/format';

type Filter = ReportStatus | 'all';

export function ReviewPage() {
  const { t } = useTranslation();
  const planId = useParams().planId ?? '';
  const { asOf } = usePlans();
  const plan = usePlan(planId);
  const [params, setParams] = useSearchParams();
  const quarters = planQuarters(plan.data);
  const picked = parseQuarterKey(params.get('q'));
  const quarter: Quarter | undefined = (picked && quarters.find((x) => x.year === picked.year && x.quarter === picked.quarter))
    ?? currentQuarter(quarters, asOf ?? todayIso());
  const filter = (params.get('status') ?? 'submitted') as Filter;
  useCrumbs([{ title: t('nav.review') }]);
  const report = useErrorReporter();
  const success = useSuccess();
  const [returning, setReturning] = useState<ProgressReport | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [form] = Form.useForm<{ comment: string }>();

  const list = useAsync(
    () => (quarter ? plansApi.reports(planId, { year: quarter.year, quarter: quarter.quarter }).then((r) => r.items) : Promise.resolve([])),
    [planId, quarter?.year, quarter?.quarter],
    !!quarter,
  );
  const unitFilter = params.get('unit') ?? undefined;
  const sent = (list.data ?? []).filter((r) => r.status !== 'draft');
  const unitOptions = [...new Map(sent.map((r) => [r.unitId, r.unitName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'));
  // Newest first: what came in last is what the office has not looked at yet.
  const all = sent.filter((r) => !unitFilter || r.unitId === unitFilter)
    .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
  const shown = filter === 'all' ? all : all.filter((r) => r.status === filter);
  const count = (s: ReportStatus) => all.filter((r) => r.status === s).length;

  const setParam = (k: string, v: string | undefined) => {
    const n = new URLSearchParams(params);
    if (v) n.set(k, v);
    else n.delete(k);
    setParams(n, { replace: true });
  };

  const decide = async (r: ProgressReport, decision: 'accept' | 'return', comment?: string) => {
    setBusy(r.id);
    try {
      await plansApi.review(planId, r.id, decision, comment);
      success(decision === 'accept' ? t('review.accepted') : t('review.returned'));
      setReturning(null);
      list.reload();
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader title={t('review.title')} subtitle={plan.data?.title} />
      <PlanToolbar
        planId={planId}
        showAsOf={false}
        extra={
          <Space wrap>
            <QuarterSelect quarters={quarters} value={quarter} onChange={(q) => setParam('q', quarterKey(q))} />
            <ExportRollupButtons planId={planId} quarter={quarter} />
            <ExportTasksButton planId={planId} />
          </Space>
        }
      />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <div className="review-filters">
          <Segmented<Filter>
            data-testid="review-filter"
            value={filter}
            onChange={(v) => setParam('status', v)}
            options={[
              ...reportStatuses.filter((s) => s !== 'draft').map((s) => ({ value: s, label: `${t(`reportStatus.${s}`)} (${count(s)})` })),
              { value: 'all' as const, label: `${t('common.all')} (${all.length})` },
            ]}
          />
          <Select
            data-testid="review-unit"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('board.filterUnit')}
            style={{ width: 220 }}
            value={unitFilter}
            onChange={(v?: string) => setParam('unit', v)}
            options={unitOptions.map(([value, label]) => ({ value, label }))}
          />
        </div>
        <ReportTable
          reports={shown}
          planId={planId}
          loading={list.loading}
          testId="review-table"
          emptyText={t('review.none')}
          extraColumns={[{
            key: 'actions', title: t('common.actions'), width: 180, fixed: 'right',
            render: (_: unknown, r: ProgressReport) => r.status === 'submitted' ? (
              <Space size={4}>
                <Popconfirm title={t('review.confirmAccept')} onConfirm={() => decide(r, 'accept')} okText={t('review.accept')} cancelText={t('common.cancel')}
                  okButtonProps={{ 'data-testid': 'review-accept-confirm' } as Record<string, string>}>
                  <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === r.id} data-testid="review-accept">{t('review.accept')}</Button>
                </Popconfirm>
                <Button size="small" danger icon={<RollbackOutlined />} disabled={busy === r.id} data-testid="review-return"
                  onClick={() => { form.resetFields(); setReturning(r); }}>{t('review.return')}</Button>
              </Space>
            ) : <Typography.Text type="secondary">{r.reviewComment ?? '—'}</Typography.Text>,
          }]}
        />
      </Card>
      <Modal
        open={!!returning}
        title={t('review.returnTitle', { unit: returning?.unitName ?? '' })}
        onCancel={() => setReturning(null)}
        okText={t('review.return')}
        okButtonProps={{ danger: true, 'data-testid': 'review-return-confirm' } as ButtonProps}
        confirmLoading={busy !== null}
        onOk={async () => { const v = await form.validateFields(); if (returning) await decide(returning, 'return', v.comment); }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="comment" label={t('review.comment')} rules={[{ required: true, whitespace: true, message: t('review.commentRequired') }]}>
            <Input.TextArea rows={4} maxLength={4000} showCount data-testid="review-comment" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
