// 申报: the enterprise's yearly self-declaration. The enterprise starts this year's (empty, or copied forward from
// last year's approved one), corrects its record and submits; what is missing comes back as a list. The
// regulator approves or returns it with a comment. Every year's declaration stays in the history below.
import { CopyOutlined, FileAddOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Popconfirm, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';
import { ApiError, type ApiErrorDetail } from '../../shared/api/client';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { useAsync } from '../../shared/hooks/use-async';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { formatDateTime } from '../../shared/utils/format';
import { enterprisesApi } from '../api/enterprises.api';
import type { Declaration, EnterpriseDetail } from '../api/enterprises.types';
import { ReviewButtons } from './ReviewButtons';
import { DeclarationTag } from './Tags';

export function DeclarationTab({ enterprise: d, onChanged }: { enterprise: EnterpriseDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const list = useAsync(() => enterprisesApi.declarations(d.id).then((r) => r.items), [d.id, d.version, d.declarationStatus]);
  const [busy, setBusy] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ message: string; details: ApiErrorDetail[] } | null>(null);
  const report = useErrorReporter();
  const success = useSuccess();
  const year = new Date().getFullYear();
  const items = [...(list.data ?? [])].sort((a, b) => b.year - a.year);
  const current = d.currentDeclaration ?? items[0] ?? null;
  const thisYear = items.find((x) => x.year === year);
  const isOwner = me.role === 'enterprise';
  const canReview = can.reviewDeclarations(me.role);

  const run = async (key: string, action: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setMissing(null);
    try {
      await action();
      success(done);
      list.reload();
      onChanged();
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) setMissing({ message: e.message, details: e.details });
      else report(e);
    } finally {
      setBusy(null);
    }
  };

  const submittable = current && (current.status === 'draft' || current.status === 'returned');
  return (
    <div data-testid="declaration-tab">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} className="ent-descriptions">
        <Descriptions.Item label={t('enterprises.declaration.status')}><DeclarationTag status={d.declarationStatus} /></Descriptions.Item>
        <Descriptions.Item label={t('enterprises.declaration.year')}>{current ? current.year : '—'}</Descriptions.Item>
        {current?.submittedAt && <Descriptions.Item label={t('enterprises.declaration.submittedAt')}>{formatDateTime(current.submittedAt)}</Descriptions.Item>}
        {current?.reviewedAt && <Descriptions.Item label={t('enterprises.declaration.reviewedAt')}>{formatDateTime(current.reviewedAt)}</Descriptions.Item>}
        {current?.reviewComment && (
          // After a return the comment stays on the declaration while it is corrected and sent again: say it is the last one.
          <Descriptions.Item label={current.status === 'approved' || current.status === 'returned' ? t('enterprises.declaration.comment') : t('enterprises.declaration.lastComment')} span={2}>
            <span className="pre-wrap" data-testid="declaration-comment-text">{current.reviewComment}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {d.declarationStatus === 'returned' && isOwner && <Alert type="warning" showIcon className="ent-gap" title={t('enterprises.declaration.returnedHint')} />}
      {d.declarationStatus === 'submitted' && isOwner && <Alert type="info" showIcon className="ent-gap" title={t('enterprises.declaration.lockedHint')} />}
      {missing && (
        <Alert type="error" showIcon className="ent-gap" data-testid="declaration-missing" title={missing.message}
          description={missing.details.length > 0 ? <><div>{t('enterprises.declaration.missingIntro')}</div><MissingList details={missing.details} /></> : undefined} />
      )}
      <Space wrap className="ent-gap">
        {isOwner && !thisYear && (
          <>
            <Button icon={<FileAddOutlined />} loading={busy === 'start'} onClick={() => { void run('start', () => enterprisesApi.startDeclaration(d.id, year, false), t('enterprises.declaration.started')); }} data-testid="declaration-start">
              {t('enterprises.declaration.start', { year })}
            </Button>
            <Popconfirm title={t('enterprises.declaration.copyConfirm', { year: year - 1 })} okText={t('enterprises.declaration.copy')} cancelText={t('common.cancel')}
              onConfirm={() => run('copy', () => enterprisesApi.startDeclaration(d.id, year, true), t('enterprises.declaration.copied'))}>
              <Button icon={<CopyOutlined />} loading={busy === 'copy'} data-testid="declaration-copy">{t('enterprises.declaration.copy')}</Button>
            </Popconfirm>
          </>
        )}
        {isOwner && submittable && current && (
          <Popconfirm title={t('enterprises.declaration.submitConfirm')} okText={t('enterprises.declaration.submit')} cancelText={t('common.cancel')}
            onConfirm={() => run('submit', () => enterprisesApi.submitDeclaration(current.id), t('enterprises.declaration.submitted'))}>
            <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} data-testid="declaration-submit">{t('enterprises.declaration.submit')}</Button>
          </Popconfirm>
        )}
        {canReview && current?.status === 'submitted' && <ReviewButtons declaration={current} onDone={() => { list.reload(); onChanged(); }} />}
      </Space>
      <Typography.Title level={5} className="ent-section-title">{t('enterprises.declaration.history')}</Typography.Title>
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Table<Declaration>
        size="small" rowKey="id" dataSource={items} loading={list.loading} pagination={false} scroll={{ x: 'max-content' }} data-testid="declaration-history"
        locale={{ emptyText: t('enterprises.declaration.none') }}
        columns={[
          { key: 'year', title: t('enterprises.declaration.year'), dataIndex: 'year' },
          { key: 'status', title: t('enterprises.declaration.status'), render: (_: unknown, x) => <DeclarationTag status={x.status} /> },
          { key: 'copied', title: t('enterprises.declaration.source'), responsive: ['md'], render: (_: unknown, x) => (x.copiedFromId ? t('enterprises.declaration.copiedFrom') : '—') },
          { key: 'submitted', title: t('enterprises.declaration.submittedAt'), render: (_: unknown, x) => formatDateTime(x.submittedAt) },
          { key: 'reviewed', title: t('enterprises.declaration.reviewedAt'), responsive: ['sm'], render: (_: unknown, x) => formatDateTime(x.reviewedAt) },
          { key: 'comment', title: t('enterprises.declaration.comment'), ellipsis: { showTitle: true }, width: 360, render: (_: unknown, x) => x.reviewComment || '—' },
        ]}
      />
    </div>
  );
}

/** What the server says is missing, each with a link to the tab where it is filled in. */
function MissingList({ details }: { details: readonly ApiErrorDetail[] }) {
  const { t } = useTranslation();
  const tabOf = (field: string | undefined) => (!field ? null : /^units|^lines|inventory/.test(field) ? 'units' : /^licences/.test(field) ? 'licences' : 'basics');
  return (
    <ul className="error-details" data-testid="declaration-missing-list">
      {details.map((d, i) => {
        const tab = tabOf(d.field);
        return (
          <li key={`${d.code}-${i}`} data-code={d.code}>
            {d.message}
            {tab && <> <Link to={`?tab=${tab}`}>{t('enterprises.declaration.goFix')}</Link></>}
          </li>
        );
      })}
    </ul>
  );
}
