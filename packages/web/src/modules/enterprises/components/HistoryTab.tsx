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
import { verbOf } from '../utils/diff';
import { summarise } from '../utils/history-summary';

// A status value in the words of its record: a unit's identification, an enterprise's operating state, a declaration's state.
const statusListOf: Record<string, string> = { enterprise_unit: 'identification', enterprise: 'status', enterprise_declaration: 'declarationStatus' };

const colorOf = (action: string) => (/delete|remove/i.test(action) ? 'red' : /create|add|insert|import|start/i.test(action) ? 'green' : /submit|review|approve|return|reopen/i.test(action) ? 'purple' : 'blue');

export function HistoryTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const value = (entity: string, key: string, v: string) => {
    const list = key === 'status' ? statusListOf[entity] : undefined;
    return list ? t(`enterprises.${list}.${v}`, { defaultValue: v }) : v;
  };
  const history = useAsync(() => enterprisesApi.history(enterpriseId).then((r) => r.items), [enterpriseId]);
  if (history.error) return <ErrorAlert error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <EmptyState description={t('enterprises.history.none')} />;
  const items = [...history.data].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div data-testid="history-tab" className="ent-history">
      <Timeline
        items={items.map((h, i) => {
          const { subject, changes: diff, literal } = summarise(h.action, h.before, h.after);
          return {
            key: `${h.at}-${i}`,
            color: colorOf(h.action),
            content: (
              <div data-testid="history-item" data-action={h.action}>
                <div>
                  <b>{t(`enterprises.history.entity.${h.entity}`, { defaultValue: h.entity })}</b>
                  {subject && t('enterprises.history.subject', { name: subject })}
                  {' '}{t(`enterprises.history.action.${verbOf(h.action)}`, { defaultValue: h.action })}
                </div>
                <div className="sub-text">{formatDateTime(h.at)} · {h.actorName}</div>
                {diff.length > 0 && (
                  <ul className="ent-history__changes">
                    {diff.slice(0, 8).map((c) => (
                      <li key={c.key}><Typography.Text code>{literal ? c.key : t(`enterprises.history.field.${c.key}`, { defaultValue: c.key })}</Typography.Text> {value(h.entity, c.key, c.before)} → {value(h.entity, c.key, c.after)}</li>
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
