// 检查记录: one inspection on a phone (390 px wide and up), offline if need be. The record and its checklist come from
// the server when it answers and are kept in IndexedDB; every answer, note, photo and the submit go into the phone's
// queue first and are synced when the connection returns (modules/inspections/offline). Conflicts with another phone's
// answers are shown per item with both values. After submit: read only, with the hidden-danger findings it created.
import { Alert, Button, Card, Checkbox, Descriptions, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { BlacklistBadge } from '../modules/blacklist/components/BlacklistBadge';
import { inspectionUrls } from '../modules/inspections/api/inspections.api';
import type { InspectionOutcome, SyncConflict } from '../modules/inspections/api/inspections.types';
import { InspectionStatusTag } from '../modules/inspections/components/InspectionStatusTag';
import { ConflictAlert, ItemCard } from '../modules/inspections/components/ItemCard';
import { SyncStatusBar } from '../modules/inspections/components/SyncStatusBar';
import '../modules/inspections/inspections.css';
import { unanswered } from '../modules/inspections/offline/local-view';
import { queueEdit, queuePhoto } from '../modules/inspections/offline/queue';
import { dismissErrors, resolveConflict } from '../modules/inspections/offline/sync';
import { useOfflineInspection, useSyncState } from '../modules/inspections/offline/use-offline';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { Loading } from '../modules/shared/components/Loading';
import { useErrorReporter } from '../modules/shared/hooks/use-error-reporter';
import { formatDate, formatDateTime } from '../modules/shared/utils/format';

export function InspectionPage() {
  const { inspectionId = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const report = useErrorReporter();
  const sync = useSyncState();
  const { view, fromCache, loading, error, photos, issues, reload } = useOfflineInspection(inspectionId);
  const [confirmed, setConfirmed] = useState(false);
  const [representative, setRepresentative] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  useCrumbs([{ title: t('inspections.title'), path: inspectionUrls.list }, { title: view?.enterprise.name ?? '…' }]);

  const groups = useMemo(() => {
    const items = [...(view?.template.items ?? [])].sort((a, b) => a.sort - b.sort);
    return items.map((item, index) => ({ item, index, area: item.area }));
  }, [view?.template.items]);

  if (loading && !view) return <Loading />;
  if (!view) return error ? <ErrorAlert error={error.message === 'not cached' ? new Error(t('inspections.offline.notCached')) : error} onRetry={reload} /> : <Loading />;

  const done = view.status === 'submitted' || view.status === 'cancelled';
  const editable = can.inspect(me.role) && view.canRecord !== false && !done && !view.submitQueued;
  const missing = unanswered(view);
  const answered = view.template.items.length - missing.length;
  const repName = representative ?? view.representativeName ?? '';
  const summaryText = summary ?? view.summary ?? '';
  const run = (p: Promise<unknown>) => { p.then(() => { if (navigator.onLine) void sync.sync(); }, report); };

  const answer = (itemId: string, outcome: InspectionOutcome, note: string) => run(queueEdit(view, { result: { itemId, outcome, note } }));
  const keepMine = (c: SyncConflict) => {
    if (c.itemId === null) {
      const field = c.field === 'summary' ? { summary: c.mine ?? '' } : { representativeName: c.mine ?? '' };
      run(resolveConflict(view.id, null, c.field).then(() => queueEdit(view, field)));
      return;
    }
    const itemId = c.itemId;
    const r = view.results.find((x) => x.itemId === itemId);
    const outcome = (c.field === 'outcome' ? c.mine : r?.outcome) as InspectionOutcome | null;
    const note = c.field === 'note' ? String(c.mine ?? '') : r?.note ?? '';
    run(resolveConflict(view.id, itemId, c.field).then(() => (outcome ? queueEdit(view, { result: { itemId, outcome, note } }) : undefined)));
  };
  const submit = () => {
    Modal.confirm({
      title: t('inspections.submit.confirmTitle'),
      content: t('inspections.submit.confirmText', { fails: view.results.filter((r) => r.outcome === 'fail').length }),
      okText: t('inspections.submit.ok'),
      cancelText: t('common.cancel'),
      onOk: () => run(queueEdit(view, { summary: summaryText, representativeName: repName.trim(), submit: true })),
    });
  };

  let lastArea = '';
  return (
    <div className="insp-form" data-testid="inspection-page" data-status={view.status}>
      <SyncStatusBar state={sync} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
          {view.enterprise.name}<BlacklistBadge listed={view.enterprise.blacklisted} />
        </Typography.Title>
        <Space wrap size={4} style={{ marginBottom: 8 }}>
          <InspectionStatusTag status={view.status} />
          {view.submitQueued && <Tag color="gold" data-testid="submit-queued">{t('inspections.submit.queued')}</Tag>}
          {fromCache && <Tag color="orange" data-testid="from-cache">{t('inspections.offline.fromCache')}</Tag>}
        </Space>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('inspections.field.template')}>{view.template.name} · v{view.template.version}</Descriptions.Item>
          {view.plan && <Descriptions.Item label={t('inspections.field.plan')}><Link to={inspectionUrls.plan(view.plan.id)}>{view.plan.title}</Link></Descriptions.Item>}
          <Descriptions.Item label={t('inspections.field.scheduledOn')}>{formatDate(view.scheduledOn)}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.field.inspectors')}>{view.inspectors.map((i) => i.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.field.progress')}>
            <span data-testid="inspection-progress">{answered} / {view.template.items.length}</span>
          </Descriptions.Item>
          {view.submittedAt && <Descriptions.Item label={t('inspections.field.submittedAt')}>{formatDateTime(view.submittedAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>

      {issues.errors.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="sync-errors" title={t('inspections.sync.refused')}
          description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{issues.errors.map((e, i) => <li key={i}>{e.message}{e.field ? ` (${e.field})` : ''}</li>)}</ul>}
          action={<Button size="small" onClick={() => run(dismissErrors(view.id))}>{t('inspections.sync.dismiss')}</Button>} />
      )}

      {view.findings.length > 0 && (
        <Card size="small" title={t('inspections.findings.title', { count: view.findings.length })} style={{ marginBottom: 12 }} data-testid="inspection-findings">
          <List size="small" dataSource={view.findings} renderItem={(f) => (
            <List.Item>
              <Link to={`/hidden-dangers/${f.id}`} data-testid="inspection-finding">{f.description}</Link>
              <Space size={4}>
                <Tag color={f.severity === 'major' ? 'red' : 'orange'}>{t(`inspections.severity.${f.severity === 'major' ? 'major' : 'general'}`)}</Tag>
                {f.deadline && <span>{t('inspections.findings.deadline')} {formatDate(f.deadline)}</span>}
              </Space>
            </List.Item>
          )} />
        </Card>
      )}

      {groups.map(({ item, index, area }) => {
        const header = area !== lastArea ? <div className="insp-area">{area}</div> : null;
        lastArea = area;
        return (
          <div key={item.id}>
            {header}
            <ItemCard item={item} index={index} result={view.results.find((r) => r.itemId === item.id)} editable={editable}
              changed={view.changedItems.includes(item.id)}
              queuedPhotos={photos.filter((p) => p.itemId === item.id)}
              conflicts={issues.conflicts.filter((c) => c.itemId === item.id)}
              onAnswer={(o, n) => answer(item.id, o, n)}
              onPhoto={(f) => run(queuePhoto(view.id, item.id, f))}
              onKeepMine={keepMine}
              onTakeTheirs={(c) => run(resolveConflict(view.id, c.itemId, c.field))} />
          </div>
        );
      })}

      <Card size="small" title={t('inspections.submit.title')} className="insp-submit" data-testid="inspection-confirm">
        <Space orientation="vertical" style={{ width: '100%' }} size={10}>
          {issues.conflicts.filter((c) => c.itemId === null).map((c) => (
            <ConflictAlert key={c.field} conflict={c} testId={`conflict-${c.field}`} onKeepMine={keepMine}
              onTakeTheirs={(x) => run(resolveConflict(view.id, null, x.field))} />
          ))}
          <div>
            <div>{t('inspections.field.summary')}</div>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} disabled={!editable} value={summaryText}
              onChange={(e) => setSummary(e.target.value)} data-testid="inspection-summary"
              onBlur={() => { if (summary !== null && summary !== (view.summary ?? '')) run(queueEdit(view, { summary })); }} />
          </div>
          <div>
            <div>{t('inspections.field.representative')}</div>
            <Input size="large" maxLength={100} disabled={!editable} value={repName} onChange={(e) => setRepresentative(e.target.value)}
              data-testid="representative-name" />
          </div>
          {view.representativeConfirmedAt
            ? <Tag color="green">{t('inspections.submit.confirmedAt', { at: formatDateTime(view.representativeConfirmedAt) })}</Tag>
            : <Checkbox checked={confirmed} disabled={!editable} onChange={(e) => setConfirmed(e.target.checked)} data-testid="representative-confirm">
              {t('inspections.submit.confirm')}
            </Checkbox>}
          {editable && missing.length > 0 && <Typography.Text type="secondary" data-testid="inspection-missing">{t('inspections.submit.missing', { count: missing.length })}</Typography.Text>}
          {editable && (
            <Button type="primary" block size="large" disabled={missing.length > 0 || !repName.trim() || !confirmed} onClick={submit} data-testid="inspection-submit">
              {t('inspections.submit.button')}
            </Button>
          )}
        </Space>
      </Card>
    </div>
  );
}
