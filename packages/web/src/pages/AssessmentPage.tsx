// 考核: the yearly assessment of each unit — criteria and their weights (editable by the district office), and
// each unit's score with its breakdown.
import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Col, InputNumber, Progress, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { plansApi } from '../modules/plans/api/plans.api';
import type { Assessment, Criterion } from '../modules/plans/api/plans.types';
import { PlanToolbar } from '../modules/plans/components/PlanToolbar';
import { usePlan } from '../modules/plans/hooks/plan-context';
import { planQuarters } from '../modules/plans/utils/quarters';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate, formatNumber, formatPercent } from '../modules/shared/utils/format';

type ScoreRow = Assessment['rows'][number] & { rank: number };

export function AssessmentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const planId = useParams().planId ?? '';
  const plan = usePlan(planId);
  const [params, setParams] = useSearchParams();
  const years = useMemo(() => [...new Set(planQuarters(plan.data).map((q) => q.year))], [plan.data]);
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || (years.includes(thisYear) ? thisYear : years[years.length - 1]);
  useCrumbs([{ title: t('nav.assessment') }]);
  const data = useAsync(() => plansApi.assessment(planId, year), [planId, year], year !== undefined);
  const editable = can.editCriteria(me.role);
  const [weights, setWeights] = useState<Criterion[]>([]);
  const [saving, setSaving] = useState(false);
  const report = useErrorReporter();
  const success = useSuccess();
  useEffect(() => { setWeights(data.data?.criteria ?? []); }, [data.data]);
  const total = weights.reduce((s, c) => s + c.weight, 0);
  const dirty = JSON.stringify(weights) !== JSON.stringify(data.data?.criteria ?? []);

  const save = async () => {
    setSaving(true);
    try {
      await plansApi.saveCriteria(planId, weights);
      success(t('common.saved'));
      data.reload();
    } catch (e) {
      report(e);
    } finally {
      setSaving(false);
    }
  };

  const rows: ScoreRow[] = [...(data.data?.rows ?? [])].sort((a, b) => (b.score ?? -1) - (a.score ?? -1)).map((r, i) => ({ ...r, rank: i + 1 }));
  const criteria = data.data?.criteria ?? [];
  const base = `/plans/${encodeURIComponent(planId)}`;

  return (
    <>
      <PageHeader title={t('assessment.title')} subtitle={plan.data?.title} />
      <PlanToolbar
        planId={planId}
        showAsOf={false}
        extra={
          <Space>
            <span>{t('assessment.year')}</span>
            <Select data-testid="assessment-year" style={{ width: 120 }} value={year} onChange={(y: number) => setParams({ year: String(y) }, { replace: true })}
              options={years.map((y) => ({ value: y, label: t('assessment.yearLabel', { year: y }) }))} />
          </Space>
        }
      />
      {data.error && <ErrorAlert error={data.error} onRetry={data.reload} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={t('assessment.criteria')} className="content-card" loading={data.loading && !data.data}
            extra={editable && <Button type="primary" size="small" icon={<SaveOutlined />} disabled={!dirty || total !== 100} loading={saving} onClick={() => { void save(); }} data-testid="criteria-save">{t('common.save')}</Button>}>
            <Table<Criterion>
              data-testid="criteria-table"
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={weights}
              columns={[
                { key: 'label', title: t('assessment.criterion'), dataIndex: 'label' },
                {
                  key: 'weight', title: t('assessment.weight'), width: 120, align: 'right',
                  render: (_: unknown, c) => editable
                    ? <InputNumber min={0} max={100} value={c.weight} size="small" suffix="%" style={{ width: 90 }}
                        onChange={(v) => setWeights(weights.map((w) => (w.key === c.key ? { ...w, weight: Number(v ?? 0) } : w)))} />
                    : `${formatNumber(c.weight)}%`,
                },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}><b>{t('assessment.totalWeight')}</b></Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <Tag color={total === 100 ? 'green' : 'red'}>{formatNumber(total)}%</Tag>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
            {editable && total !== 100 && <Typography.Text type="danger">{t('assessment.weightsMustSum')}</Typography.Text>}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card title={t('assessment.scores', { year: year ?? '' })} className="content-card" extra={data.data?.asOf ? <Tag>{t('dashboard.asOfTag', { date: formatDate(data.data.asOf) })}</Tag> : undefined}>
            <Table<ScoreRow>
              data-testid="scores-table"
              size="small"
              rowKey="unitId"
              loading={data.loading}
              dataSource={rows}
              scroll={{ x: 520 + criteria.length * 110 }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: <EmptyState /> }}
              expandable={{
                expandedRowRender: (r) => (
                  <Table size="small" pagination={false} rowKey="key" dataSource={r.breakdown}
                    columns={[
                      { key: 'c', title: t('assessment.criterion'), render: (_: unknown, b) => criteria.find((c) => c.key === b.key)?.label ?? b.key },
                      { key: 'due', title: t('assessment.due'), render: (_: unknown, b) => formatNumber(b.due) },
                      { key: 'met', title: t('assessment.met'), render: (_: unknown, b) => formatNumber(b.met) },
                      { key: 'v', title: t('assessment.rate'), render: (_: unknown, b) => (b.value === null ? t('assessment.notApplicable') : formatPercent(b.value, 1)) },
                      { key: 'p', title: t('assessment.points'), render: (_: unknown, b) => (b.points === null ? '—' : formatNumber(b.points, 1)) },
                    ]} />
                ),
              }}
              columns={[
                { key: 'rank', title: t('assessment.rank'), dataIndex: 'rank', width: 64, align: 'center' },
                { key: 'name', title: t('common.unit'), render: (_: unknown, r) => <Link to={`${base}/units/${encodeURIComponent(r.unitId)}`}>{r.name}</Link> },
                { key: 'score', title: t('assessment.score'), width: 180, sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
                  render: (_: unknown, r) => (r.score === null
                    ? <Tag>{t('assessment.notApplicable')}</Tag>
                    : <Progress percent={Math.round(r.score * 10) / 10} size="small" status={r.score < 60 ? 'exception' : 'normal'} format={(p) => formatNumber(p, 1)} />) },
                ...criteria.map((c) => ({
                  key: c.key, title: c.label, width: 110, align: 'right' as const,
                  render: (_: unknown, r: ScoreRow) => formatNumber(r.breakdown.find((b) => b.key === c.key)?.points ?? null, 1),
                })),
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
