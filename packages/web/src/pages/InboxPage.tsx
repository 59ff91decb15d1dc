// 消息: the unit's notifications (overdue reminders, notices, review results); opening one marks it read.
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Avatar, Badge, Button, Card, List, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { inboxApi, type Notification } from '../modules/inbox/api/inbox.api';
import { useUnread } from '../modules/inbox/hooks/unread-context';
import { useCrumbs } from '../modules/layout/hooks/crumbs';
import { EmptyState } from '../modules/shared/components/EmptyState';
import { ErrorAlert } from '../modules/shared/components/ErrorAlert';
import { PageHeader } from '../modules/shared/components/PageHeader';
import { useAsync } from '../modules/shared/hooks/use-async';
import { useErrorReporter } from '../modules/shared/hooks/use-error-reporter';
import { formatDateTime } from '../modules/shared/utils/format';

const kindColor: Record<string, string> = {
  report_due: 'gold', milestone_due: 'gold', submission_due: 'gold', report_overdue: 'red', milestone_overdue: 'red',
  submission_overdue: 'red', report_returned: 'orange', report_accepted: 'green', notice: 'blue', digest: 'geekblue',
};

export function InboxPage() {
  const { t } = useTranslation();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const list = useAsync(() => inboxApi.list(onlyUnread), [onlyUnread]);
  const { refresh } = useUnread();
  const navigate = useNavigate();
  const report = useErrorReporter();
  useCrumbs([{ title: t('nav.inbox') }]);

  const open = async (n: Notification) => {
    try {
      if (!n.readAt) {
        await inboxApi.read(n.id);
        refresh();
        list.reload();
      }
      if (n.link && n.link.startsWith('/')) void navigate(n.link);
    } catch (e) {
      report(e);
    }
  };
  const readAll = async () => {
    try {
      for (const n of (list.data?.items ?? []).filter((x) => !x.readAt)) await inboxApi.read(n.id);
      refresh();
      list.reload();
    } catch (e) {
      report(e);
    }
  };

  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.unreadCount', { count: list.data?.unread ?? 0 })}
        extra={
          <>
            <Segmented value={onlyUnread ? 'unread' : 'all'} onChange={(v) => setOnlyUnread(v === 'unread')} data-testid="inbox-filter"
              options={[{ value: 'all', label: t('common.all') }, { value: 'unread', label: t('inbox.unread') }]} />
            <Button icon={<CheckOutlined />} onClick={() => { void readAll(); }} disabled={!list.data?.unread} data-testid="inbox-read-all">{t('inbox.readAll')}</Button>
          </>
        } />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
      <Card className="content-card" loading={list.loading && !list.data}>
        <List
          data-testid="inbox-list"
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyState description={t('inbox.none')} /> }}
          renderItem={(n) => (
            <List.Item key={n.id} className={n.readAt ? 'inbox-item' : 'inbox-item inbox-item--unread'} onClick={() => { void open(n); }} data-testid="inbox-item">
              <List.Item.Meta
                avatar={<Badge dot={!n.readAt}><Avatar icon={<BellOutlined />} style={{ background: n.readAt ? '#bfbfbf' : '#1456b8' }} /></Badge>}
                title={<span>{n.kind && <Tag color={kindColor[n.kind] ?? 'default'}>{t(`inbox.kind.${n.kind}`, { defaultValue: n.kind })}</Tag>}{n.title}</span>}
                description={<><div className="pre-wrap">{n.body}</div><div className="sub-text">{formatDateTime(n.createdAt)}</div></>}
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
