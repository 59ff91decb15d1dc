// 黑名单 (失信联合惩戒对象名单): every entry the user may see, with its status and listing period; filters in the URL.
// Departments, towns and the office may propose an entry (提出列入); the tabs lead to the joint-punishment notices and
// the settings (listing criteria, the public portal's fields).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { entryStatuses, partyKinds, type EntryStatus, type PartyKind } from '@hazgov/domain/blacklist/types';
import { useMe } from '../modules/auth/hooks/auth-context';
import { can } from '../modules/auth/utils/access';
import { blacklistApi, blacklistUrls } from '../modules/blacklist/api/blacklist.api';
import type { BlacklistEntry } from '../modules/blacklist/api/blacklist.types';
import { BlacklistNav } from '../modules/blacklist/components/BlacklistNav';
import { EntryStatusTag } from '../modules/blacklist/components/EntryStatusTag';
import { ProposeDrawer } from '../modules/blacklist/components/ProposeDrawer';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate } from '../modules/shared/utils/format';
import { oneOf } from '../modules/shared/utils/url-filters';

export function BlacklistPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const success = useSuccess();
  const [params, setParams] = useSearchParams();
  const status = oneOf<EntryStatus>(entryStatuses, params.get('status'));
  const partyKind = oneOf<PartyKind>(partyKinds, params.get('partyKind'));
  const q = params.get('q') ?? '';
  const list = useAsync((signal) => blacklistApi.list({ status, partyKind, q: q || undefined }, signal), [status, partyKind, q]);
  const canPropose = can.proposeBlacklist(me.role);
  const settings = useAsync(() => blacklistApi.settings(), [], canPropose);
  const [proposing, setProposing] = useState(false);
  useCrumbs([{ title: t('blacklist.nav.entries') }]);

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    setParams(next);
  };

  return (
    <>
      <PageHeader title={t('blacklist.list.title')} subtitle={t('blacklist.list.subtitle')}
        extra={canPropose && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="blacklist-propose" disabled={!settings.data}>
            {t('blacklist.list.propose')}
          </Button>
        )} />
      <BlacklistNav active="entries" />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<EntryStatus> allowClear style={{ width: 160 }} placeholder={t('blacklist.list.filterStatus')} value={status} data-testid="filter-status"
            onChange={(v) => set('status', v)} options={entryStatuses.map((s) => ({ value: s, label: t(`blacklist.status.${s}`) }))} />
          <Select<PartyKind> allowClear style={{ width: 140 }} placeholder={t('blacklist.list.filterKind')} value={partyKind} data-testid="filter-kind"
            onChange={(v) => set('partyKind', v)} options={partyKinds.map((k) => ({ value: k, label: t(`blacklist.partyKind.${k}`) }))} />
          <Input.Search allowClear style={{ width: 240 }} placeholder={t('blacklist.list.search')} defaultValue={q} data-testid="filter-q"
            onSearch={(v) => set('q', v.trim() || undefined)} />
        </Space>
        <Table<BlacklistEntry>
          rowKey="id" size="middle" loading={list.loading} dataSource={list.data?.items ?? []} scroll={{ x: 900 }}
          data-testid="blacklist-table" pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(r) => ({ 'data-testid': 'blacklist-row', 'data-entry-id': r.id } as object)}
          columns={[
            { key: 'party', title: t('blacklist.field.party'), render: (_: unknown, r) => (
              <>
                <Link to={blacklistUrls.entry(r.id)} data-testid="entry-link">{r.partyName}</Link>
                {r.partyKind === 'person' && r.enterprise && <div className="sub-text">{r.personRole ? `${r.personRole} · ` : ''}{r.enterprise.name}</div>}
              </>
            ) },
            { key: 'kind', title: t('blacklist.field.partyKind'), width: 90, render: (_: unknown, r) => <Tag>{t(`blacklist.partyKind.${r.partyKind}`)}</Tag> },
            { key: 'code', title: t('blacklist.field.creditCode'), width: 200, render: (_: unknown, r) => <span className="mono">{r.partyKind === 'person' ? r.idNumber ?? '—' : r.creditCode ?? '—'}</span> },
            { key: 'criteria', title: t('blacklist.field.criteria'), render: (_: unknown, r) => r.criteria.map((c) => <Tag key={c.key} title={c.text}>{c.key}</Tag>) },
            { key: 'status', title: t('blacklist.field.status'), width: 110, render: (_: unknown, r) => <EntryStatusTag status={r.status} /> },
            { key: 'period', title: t('blacklist.field.period'), width: 220, render: (_: unknown, r) => (r.listedFrom ? `${formatDate(r.listedFrom)} – ${formatDate(r.listedUntil)}` : '—') },
            { key: 'proposedAt', title: t('blacklist.field.proposedAt'), width: 120, render: (_: unknown, r) => formatDate(r.proposedAt) },
          ]}
        />
      </Card>
      {proposing && settings.data && (
        <ProposeDrawer open={proposing} onClose={() => setProposing(false)} criteria={settings.data.blacklistCriteria}
          onSaved={(e) => { setProposing(false); success(t('blacklist.propose.done')); void navigate(blacklistUrls.entry(e.id)); }} />
      )}
    </>
  );
}
