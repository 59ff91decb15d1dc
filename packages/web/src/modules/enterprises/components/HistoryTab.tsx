// 变更记录: every audited change to the enterprise and its licences, units, inventories and declarations, newest
// first, with who did it and which fields changed.
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/Loading';
import { useAsync } from '../../shared/hooks/use-async';
import { formatDateTime } from '../../shared/utils/format';
import { enterprisesApi } from '../api/enterprises.api';
import { changes, verbOf } from '../utils/diff';

const colorOf = (action: string) => (/delete|remove/i.test(action) ? 'red' : /create|add|insert|import/i.test(action) ? 'green' : /submit|review|approve|return/i.test(action) ? 'purple' : 'blue');

export function HistoryTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const history = useAsync(() => enterprisesApi.history(enterpriseId).then((r) => r.items), [enterpriseId]);
  if (history.error) return <ErrorAlert error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <EmptyState description={t('enterprises.history.none')} />;
  const items = [...history.data].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div data-testid="history-tab" className="ent-history">
      <Timeline
        items={items.map((h, i) => {
          const diff = changes(h.before, h.after);
          return {
            key: `${h.at}-${i}`,
            color: colorOf(h.action),
            content: (
              <div data-testid="history-item">
                <div>
                  <b>{t(`enterprises.history.entity.${h.entity}`, { defaultValue: h.entity })}</b>
                  {' · '}{t(`enterprises.history.action.${verbOf(h.action)}`, { defaultValue: h.action })}
                </div>
                <div className="sub-text">{formatDateTime(h.at)} · {h.actorName}</div>
                {diff.length > 0 && (
                  <ul className="ent-history__changes">
                    {diff.slice(0, 8).map((c) => (
                      <li key={c.key}><Typography.Text code>{t(`enterprises.history.field.${c.key}`, { defaultValue: c.key })}</Typography.Text> {c.before} → {c.after}</li>
                    ))}
                    {diff.length > 8 && <li className="sub-text">{t('common.andMore', { count: diff.length - 8 })}</li>}
                  </ul>
                )}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
