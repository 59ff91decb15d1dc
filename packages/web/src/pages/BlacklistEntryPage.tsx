// One blacklist entry: its lifecycle as steps (提出 → 审核 → 决定 → 公布 → 信用修复 → 移出), the party and the criteria
// met, the actions the user's role may take now, and the joint-punishment notices sent on publication with each
// department's acknowledgement. A reviewer who proposed the entry is refused by the server (four-eyes), with its message.
import { Button, Card, Col, Descriptions, Row, Space, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { blacklistApi, blacklistUrls } from '../modules/blacklist/api/blacklist.api';
import type { BlacklistEntry, EntryAction, JointNotice } from '../modules/blacklist/api/blacklist.types';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';
import { EntryActionModal } from '../modules/blacklist/components/EntryActionModal';
import { EntryStatusTag, UnverifiedTag } from '../modules/blacklist/components/EntryStatusTag';
import { refreshListed } from '../modules/blacklist/hooks/use-listed';
import { actionsFor, currentStep, stepKeys } from '../modules/blacklist/utils/entry-flow';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { orgsApi } from '../modules/orgs/api/orgs.api';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate, formatDateTime } from '../modules/shared/utils/format';

const enterpriseUrl = (id: string) => `/enterprises/${encodeURIComponent(id)}`;

export function BlacklistEntryPage() {
  const { t } = useTranslation();
  const { entryId = '' } = useParams();
  const me = useMe();
  const success = useSuccess();
  const entry = useAsync(() => blacklistApi.get(entryId), [entryId]);
  const [acting, setActing] = useState<EntryAction | null>(null);
  const e = entry.data;
  // the server's list knows four eyes (a proposer does not review their own proposal); the local table is the fallback
  const actions = e ? (e.allowedActions ?? actionsFor(e.status, me.role)).filter((a) => a !== 'expire') : [];
  const departments = useAsync(async () => (await orgsApi.list()).items.filter((o) => o.kind === 'department').map((o) => ({ id: o.id, name: o.name })),
    [], actions.includes('publish'));
  useCrumbs([{ title: t('blacklist.nav.entries'), path: blacklistUrls.list }, { title: e?.partyName ?? '…' }]);

  if (entry.error) return <ErrorAlert error={entry.error} onRetry={entry.reload} />;
  if (!e) return <Loading />;
  const step = currentStep(e.status);
  const dateOf: Record<(typeof stepKeys)[number], string | null> = {
    proposed: e.proposedAt, reviewed: e.reviewedAt, decided: e.decidedAt, published: e.publishedAt, repairing: e.repairAppliedAt,
    ended: e.removedAt ?? (e.status === 'expired' ? e.listedUntil : null),
  };
  const listed = e.status === 'published' || e.status === 'repairing';

  const done = (next: BlacklistEntry, action: EntryAction) => {
    setActing(null);
    entry.setData(next);
    if (['publish', 'approve_repair', 'remove'].includes(action)) refreshListed();
    success(t('blacklist.action.done', { action: t(`blacklist.action.${action}`) }));
  };

  return (
    <>
      <PageHeader
        title={<span data-testid="entry-title">{e.partyName}{listed && e.partyKind === 'enterprise' && <BlacklistBadge listed />}</span>}
        subtitle={<Space size={[4, 4]} wrap><EntryStatusTag status={e.status} /><Tag>{t(`blacklist.partyKind.${e.partyKind}`)}</Tag></Space>}
        extra={actions.length > 0 && (
          <Space wrap data-testid="entry-actions">
            {actions.map((a) => (
              <Button key={a} type={a === 'review_reject' || a === 'remove' || a === 'reject_repair' ? 'default' : 'primary'} danger={a === 'review_reject' || a === 'remove'}
                onClick={() => setActing(a)} data-testid={`action-${a}`}>{t(`blacklist.action.${a}`)}</Button>
            ))}
          </Space>
        )}
      />
      <Card className="content-card">
        <Steps size="small" current={step.index} status={step.state} data-testid="entry-steps" data-current={step.index}
          items={stepKeys.map((k) => ({
            title: k === 'reviewed' && e.status === 'rejected' ? t('blacklist.status.rejected')
              : k === 'ended' && e.status === 'expired' ? t('blacklist.status.expired') : t(`blacklist.step.${k}`),
            description: dateOf[k] ? formatDate(dateOf[k]) : undefined,
          }))} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card className="content-card" title={t('blacklist.entry.party')}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('blacklist.field.partyName')}>{e.partyName}</Descriptions.Item>
              {e.enterprise && (
                <Descriptions.Item label={t('blacklist.field.enterprise')}>
                  <Link to={enterpriseUrl(e.enterprise.id)} data-testid="entry-enterprise-link">{e.enterprise.name}</Link>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('blacklist.field.creditCode')}><span className="mono">{e.creditCode ?? '—'}</span></Descriptions.Item>
              {e.partyKind === 'person' && (
                <>
                  <Descriptions.Item label={t('blacklist.field.idNumber')}><span className="mono" data-testid="entry-id-number">{e.idNumber ?? '—'}</span></Descriptions.Item>
                  <Descriptions.Item label={t('blacklist.field.personRole')}>{e.personRole ?? '—'}</Descriptions.Item>
                </>
              )}
              <Descriptions.Item label={t('blacklist.field.reason')}><Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{e.reason}</Typography.Paragraph></Descriptions.Item>
              <Descriptions.Item label={t('blacklist.field.cases')}>
                {e.cases.length ? e.cases.map((c) => <Link key={c.id} to={`/enforcement/${encodeURIComponent(c.id)}`} style={{ marginRight: 8 }}>{c.decisionNo ?? c.id}</Link>) : '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card className="content-card" title={t('blacklist.field.criteria')}>
            <ul style={{ paddingInlineStart: 18, margin: 0 }} data-testid="entry-criteria">
              {e.criteria.map((c) => (
                <li key={c.key} style={{ marginBottom: 6 }}>
                  <Tag>{c.key}</Tag>{c.text} <UnverifiedTag verified={c.verified} />
                  <div className="sub-text">{c.basis}</div>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card className="content-card" title={t('blacklist.entry.decision')}>
            <Descriptions column={1} size="small">
              {e.reviewComment && <Descriptions.Item label={t('blacklist.field.reviewComment')}>{e.reviewComment}</Descriptions.Item>}
              <Descriptions.Item label={t('blacklist.field.decisionNo')}><span data-testid="entry-decision-no">{e.decisionNo ?? '—'}</span></Descriptions.Item>
              <Descriptions.Item label={t('blacklist.field.durationMonths')}>{e.durationMonths ? t('blacklist.criteria.duration', { count: e.durationMonths }) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('blacklist.field.period')}><span data-testid="entry-period">{e.listedFrom ? `${formatDate(e.listedFrom)} – ${formatDate(e.listedUntil)}` : '—'}</span></Descriptions.Item>
              <Descriptions.Item label={t('blacklist.field.publishedAt')}>{formatDateTime(e.publishedAt)}</Descriptions.Item>
              {(e.repairAppliedAt || e.repairNote) && <Descriptions.Item label={t('blacklist.field.repairNote')}>{e.repairNote ?? '—'}</Descriptions.Item>}
              {e.removedAt && <Descriptions.Item label={t('blacklist.field.removedReason')}>{formatDate(e.removedAt)} · {e.removedReason ?? '—'}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card className="content-card" title={t('blacklist.entry.notices')}>
            <NoticesTable notices={e.notices} />
          </Card>
        </Col>
      </Row>
      {acting && (
        <EntryActionModal entry={e} action={acting} departments={departments.data ?? []} onClose={() => setActing(null)} onDone={(n) => done(n, acting)} />
      )}
    </>
  );
}

function NoticesTable({ notices }: { notices: JointNotice[] }) {
  const { t } = useTranslation();
  return (
    <Table<JointNotice> rowKey="id" size="small" pagination={false} dataSource={notices} data-testid="entry-notices"
      locale={{ emptyText: t('blacklist.entry.noNotices') }}
      onRow={(n) => ({ 'data-testid': 'entry-notice', 'data-acknowledged': n.acknowledgedAt ? '1' : '0' } as object)}
      columns={[
        { key: 'dept', title: t('blacklist.notice.department'), render: (_: unknown, n) => <>{n.department.name}<div className="sub-text">{n.measures ?? ''}</div></> },
        { key: 'sent', title: t('blacklist.notice.sentAt'), width: 110, render: (_: unknown, n) => formatDate(n.sentAt) },
        { key: 'ack', title: t('blacklist.notice.acknowledged'), width: 150, render: (_: unknown, n) => (n.acknowledgedAt
          ? <><Tag color="green">{formatDate(n.acknowledgedAt)}</Tag>{n.response && <div className="sub-text">{n.response}</div>}</>
          : <Tag color="orange">{t('blacklist.notice.pending')}</Tag>) },
      ]} />
  );
}
