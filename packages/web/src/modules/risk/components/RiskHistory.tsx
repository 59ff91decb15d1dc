// 变更记录 of a point: its audit rows, newest first, with who did what and which fields changed.
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/Loading';
import { useAsync } from '../../shared/hooks/use-async';
import { formatDateTime } from '../../shared/utils/format';
import { riskApi } from '../api/risk.api';
import { changedFields, historyVerb, subjectOf } from '../utils/history';

const colourOf = { create: 'green', delete: 'red', override: 'orange', review: 'purple', comment: 'gray', confirm: 'gray', update: 'blue' } as const;

export function RiskHistory({ pointId }: { pointId: string }) {
  const { t } = useTranslation();
  const history = useAsync(() => riskApi.history(pointId).then((r) => r.items), [pointId]);
  if (history.error) return <ErrorAlert error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <EmptyState description={t('risk.history.none')} />;
  const items = [...history.data].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline data-testid="risk-history"
      items={items.map((h, i) => {
        const verb = historyVerb(h.action);
        const fields = changedFields(h.before, h.after);
        const subject = subjectOf(h.entity, h.after);
        return {
          key: `${h.at}-${i}`,
          color: colourOf[verb],
          content: (
            <div data-testid="risk-history-item" data-action={h.action}>
              <div><b>{t(`risk.history.verb.${verb}`)}</b>{subject && <Typography.Text> {subject}</Typography.Text>}</div>
              <div className="sub-text">{formatDateTime(h.at)} · {h.actorName}</div>
              {fields.length > 0 && (
                <div className="sub-text">{t('risk.history.fields')}: {fields.slice(0, 10).map((f) => t(`risk.history.field.${f}`, { defaultValue: f })).join(t('risk.history.sep'))}</div>
              )}
            </div>
          ),
        };
      })} />
  );
}
