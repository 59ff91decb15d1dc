// 联合惩戒通知: the joint-punishment notices sent to my department when an entry was published — the party, the
// measures asked of us, and 签收 with what we did (the response). Unacknowledged ones first; the office sees them all.
import { Button, Card, Form, Input, Modal, Segmented, Table, Tag, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../modules/auth/hooks/auth-context';
import { blacklistApi, blacklistUrls } from '../modules/blacklist/api/blacklist.api';
import type { NoticeWithEntry } from '../modules/blacklist/api/blacklist.types';
import { BlacklistNav } from '../modules/blacklist/components/BlacklistNav';
import { EntryStatusTag } from '../modules/blacklist/components/EntryStatusTag';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useBusyAction } from '../modules/shared/hooks/use-busy-action';
import { useSuccess } from '../modules/shared/hooks/use-error-reporter';
import { formatDate, formatDateTime } from '../modules/shared/utils/format';

type Show = 'pending' | 'done' | 'all';

export function JointNoticesPage() {
  const { t } = useTranslation();
  const success = useSuccess();
  const me = useMe();
  const [show, setShow] = useState<Show>('pending');
  const list = useAsync((signal) => blacklistApi.notices(show === 'pending' ? 0 : show === 'done' ? 1 : undefined, signal), [show]);
  const [acking, setAcking] = useState<NoticeWithEntry | null>(null);
  useCrumbs([{ title: t('blacklist.nav.entries'), path: blacklistUrls.list }, { title: t('blacklist.nav.notices') }]);

  return (
    <>
      <PageHeader title={t('blacklist.notices.title')} subtitle={t('blacklist.notices.subtitle')} />
      <BlacklistNav active="notices" />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card">
        <Segmented<Show> value={show} onChange={setShow} style={{ marginBottom: 12 }} data-testid="notices-show"
          options={(['pending', 'done', 'all'] as const).map((s) => ({ value: s, label: <span data-testid={`notices-show-${s}`}>{t(`blacklist.notices.show.${s}`)}</span> }))} />
        <Table<NoticeWithEntry> rowKey="id" size="middle" loading={list.loading} dataSource={list.data?.items ?? []} scroll={{ x: 800 }}
          data-testid="notices-table" locale={{ emptyText: t('blacklist.notices.empty') }}
          onRow={(n) => ({ 'data-testid': 'notice-row', 'data-notice-id': n.id, 'data-entry-id': n.entry.id } as object)}
          columns={[
            { key: 'party', title: t('blacklist.field.party'), render: (_: unknown, n) => (
              <><Link to={blacklistUrls.entry(n.entry.id)}>{n.entry.partyName}</Link> <EntryStatusTag status={n.entry.status} />
                <div className="sub-text">{n.entry.decisionNo ?? ''}</div></>
            ) },
            { key: 'dept', title: t('blacklist.notice.department'), width: 160, render: (_: unknown, n) => n.department.name },
            { key: 'measures', title: t('blacklist.notice.measures'), render: (_: unknown, n) => n.measures ?? '—' },
            { key: 'sent', title: t('blacklist.notice.sentAt'), width: 150, render: (_: unknown, n) => formatDateTime(n.sentAt) },
            { key: 'ack', title: t('blacklist.notice.acknowledged'), width: 200, render: (_: unknown, n) => (n.acknowledgedAt
              ? <><Tag color="green" data-testid="notice-acknowledged">{formatDate(n.acknowledgedAt)}</Tag>{n.response && <div className="sub-text">{n.response}</div>}</>
              // only the receiving department answers for itself; the office reads every notice
              : n.department.id === me.organisation.id
                ? <Button size="small" type="primary" onClick={() => setAcking(n)} data-testid="notice-ack">{t('blacklist.notices.acknowledge')}</Button>
                : <Tag color="orange">{t('blacklist.notice.pending')}</Tag>) },
          ]} />
      </Card>
      {acking && <AckModal notice={acking} onClose={() => setAcking(null)} onDone={() => { setAcking(null); success(t('blacklist.notices.acknowledged')); list.reload(); }} />}
    </>
  );
}

function AckModal({ notice, onClose, onDone }: { notice: NoticeWithEntry; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ response: string }>();
  const { busy, run } = useBusyAction();
  const ok = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await run(async () => { await blacklistApi.acknowledge(notice.id, v.response.trim()); onDone(); });
  };
  return (
    <Modal open title={t('blacklist.notices.ackTitle', { party: notice.entry.partyName })} onCancel={onClose} onOk={() => { void ok(); }} confirmLoading={busy}
      okText={t('blacklist.notices.acknowledge')} okButtonProps={{ 'data-testid': 'ack-confirm' } as ButtonProps} destroyOnHidden>
      <p>{t('blacklist.notices.ackMeasures', { measures: notice.measures ?? '—' })}</p>
      <Form form={form} layout="vertical">
        <Form.Item name="response" label={t('blacklist.notices.response')} rules={[{ required: true, whitespace: true, message: t('blacklist.notices.responseRequired') }]}>
          <Input.TextArea data-testid="ack-response" autoSize={{ minRows: 3, maxRows: 6 }} maxLength={2000} placeholder={t('blacklist.notices.responsePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
