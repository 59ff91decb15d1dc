// Regulators' comments on a point (the enterprise, or the town for a public place, is notified); everyone who
// sees the point reads them.
import { Button, Form, Input, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { useAsync } from '../../shared/hooks/use-async';
import { useBusyAction } from '../../shared/hooks/use-busy-action';
import { formatDateTime } from '../../shared/utils/format';
import { riskApi } from '../api/risk.api';

export function CommentsCard({ pointId, canWrite }: { pointId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const comments = useAsync(() => riskApi.comments(pointId).then((r) => r.items), [pointId]);
  const [body, setBody] = useState('');
  const { busy, run } = useBusyAction();

  const send = async () => {
    if (!body.trim()) return;
    await run(async () => {
      await riskApi.addComment(pointId, body.trim());
      setBody('');
      comments.reload();
    });
  };

  const items = [...(comments.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <div data-testid="risk-comments">
      {comments.error && <ErrorAlert error={comments.error} onRetry={comments.reload} />}
      {canWrite && (
        <Form layout="vertical" onFinish={() => { void send(); }}>
          <Form.Item style={{ marginBottom: 8 }}>
            <Input.TextArea rows={2} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} placeholder={t('risk.comments.placeholder')} data-testid="risk-comment-input" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!body.trim()} data-testid="risk-comment-send">{t('risk.comments.send')}</Button>
        </Form>
      )}
      {items.length === 0 && !comments.loading ? <EmptyState description={t('risk.comments.none')} /> : (
        <List size="small" loading={comments.loading} dataSource={items}
          renderItem={(c) => (
            <List.Item data-testid="risk-comment" key={c.id}>
              <div>
                <div className="risk-prewrap" data-testid="risk-comment-body">{c.body}</div>
                <div className="sub-text">{c.authorName} · {c.authorOrganisation} · {formatDateTime(c.createdAt)}</div>
              </div>
            </List.Item>
          )} />
      )}
    </div>
  );
}
