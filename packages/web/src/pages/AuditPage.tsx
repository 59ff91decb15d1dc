// 审计日志 (district office): every write, who and when, before and after; 校验 checks the SM3 hash chain.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi, type AuditEntry, type AuditVerify } from '../modules/orgs/api/orgs.api';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime, formatNumber } from '../modules/shared/utils/format';

export function AuditPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState('');
  const [limit, setLimit] = useState(200);
  const [query, setQuery] = useState<{ entity?: string; limit: number }>({ limit: 200 });
  const list = useAsync(() => orgsApi.audit(query).then((r) => r.items), [query.entity, query.limit]);
  const [verify, setVerify] = useState<AuditVerify | null>(null);
  const [verifying, setVerifying] = useState(false);
  const report = useErrorReporter();
  useCrumbs([{ title: t('nav.system') }, { title: t('nav.audit') }]);

  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await orgsApi.verifyAudit());
    } catch (e) {
      report(e);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')}
        extra={<Button type="primary" icon={<SafetyCertificateOutlined />} loading={verifying} onClick={() => { void runVerify(); }} data-testid="audit-verify">{t('audit.verify')}</Button>} />
      {verify && (
        <Alert className="page-alert" showIcon closable onClose={() => setVerify(null)} data-testid="audit-verify-result"
          type={verify.ok ? 'success' : 'error'}
          title={verify.ok ? t('audit.verifyOk', { count: formatNumber(verify.checked) }) : t('audit.verifyBroken', { seq: verify.firstBroken?.seq ?? '?' })}
          description={verify.firstBroken?.reason} />
      )}
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <Space wrap className="table-toolbar">
          <Input.Search placeholder={t('audit.entity')} allowClear value={entity} onChange={(e) => setEntity(e.target.value)} style={{ width: 220 }}
            onSearch={(v) => setQuery({ limit, ...(v ? { entity: v } : {}) })} />
          <span>{t('audit.limit')}</span>
          <InputNumber min={10} max={1000} step={50} value={limit} onChange={(v) => setLimit(Number(v ?? 200))} />
          <Button onClick={() => setQuery({ limit, ...(entity ? { entity } : {}) })}>{t('common.refresh')}</Button>
        </Space>
        <Table<AuditEntry>
          data-testid="audit-table"
          size="small"
          rowKey="seq"
          loading={list.loading}
          dataSource={list.data ?? []}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20 }}
          locale={{ emptyText: <EmptyState /> }}
          expandable={{
            expandedRowRender: (e) => (
              <div className="audit-diff">
                <div><Typography.Text type="secondary">{t('audit.before')}</Typography.Text><pre>{e.before === null ? '—' : JSON.stringify(e.before, null, 2)}</pre></div>
                <div><Typography.Text type="secondary">{t('audit.after')}</Typography.Text><pre>{e.after === null ? '—' : JSON.stringify(e.after, null, 2)}</pre></div>
              </div>
            ),
          }}
          columns={[
            { key: 'seq', title: '#', dataIndex: 'seq', width: 70 },
            { key: 'at', title: t('audit.at'), width: 160, render: (_: unknown, e) => formatDateTime(e.at) },
            { key: 'actor', title: t('audit.actor'), dataIndex: 'actorName', width: 140 },
            { key: 'action', title: t('audit.action'), render: (_: unknown, e) => <Tag>{e.action}</Tag> },
            { key: 'entity', title: t('audit.entity'), render: (_: unknown, e) => <span>{e.entity} <span className="sub-text mono">{e.entityId}</span></span> },
            { key: 'hash', title: t('audit.hash'), width: 140, render: (_: unknown, e) => <Typography.Text className="mono" copyable={{ text: e.hash }}>{e.hash.slice(0, 10)}…</Typography.Text>, responsive: ['lg'] },
          ]}
        />
      </Card>
    </>
  );
}
