// What changed since the enterprise's last approved declaration, shown simply: the audited changes to the
// record (enterprise, licences, units, inventories) made after that approval. With the declaration's snapshots,
// when the server sends them, the field-by-field difference of the two.
import { Alert, Descriptions, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/Loading';
import { useAsync } from '../../shared/hooks/use-async';
import { formatDateTime } from '../../shared/utils/format';
import { enterprisesApi } from '../api/enterprises.api';
import type { Declaration } from '../api/enterprises.types';
import { changes, verbOf } from '../utils/diff';

export function DeclarationChanges({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const data = useAsync(async () => {
    const [list, history] = await Promise.all([enterprisesApi.declarations(declaration.enterpriseId), enterprisesApi.history(declaration.enterpriseId)]);
    const approved = list.items
      .filter((x) => x.status === 'approved' && x.id !== declaration.id && x.reviewedAt)
      .sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? ''))[0] ?? null;
    const since = approved?.reviewedAt ?? '';
    const items = history.items.filter((h) => h.at > since && !/declaration/i.test(h.entity)).sort((a, b) => b.at.localeCompare(a.at));
    return { approved, items };
  }, [declaration.id]);

  if (data.error) return <ErrorAlert error={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const { approved, items } = data.data;
  const snapshotDiff = declaration.snapshot && declaration.previousSnapshot ? changes(declaration.previousSnapshot, declaration.snapshot) : null;

  return (
    <div data-testid="declaration-changes">
      <Descriptions size="small" column={1} bordered className="ent-descriptions">
        <Descriptions.Item label={t('enterprises.review.lastApproved')}>
          {approved ? t('enterprises.review.lastApprovedValue', { year: approved.year, at: formatDateTime(approved.reviewedAt) }) : t('enterprises.review.firstDeclaration')}
        </Descriptions.Item>
      </Descriptions>
      {snapshotDiff && snapshotDiff.length > 0 && (
        <ul className="ent-history__changes">
          {snapshotDiff.map((c) => <li key={c.key}><Typography.Text code>{t(`enterprises.history.field.${c.key}`, { defaultValue: c.key })}</Typography.Text> {c.before} → {c.after}</li>)}
        </ul>
      )}
      <Typography.Title level={5} className="ent-section-title">{t('enterprises.review.changesSince')}</Typography.Title>
      {items.length === 0 ? <Alert type="info" showIcon title={t('enterprises.review.noChanges')} /> : (
        <Timeline items={items.slice(0, 50).map((h, i) => {
          const diff = changes(h.before, h.after);
          return {
            key: `${h.at}-${i}`,
            content: (
              <div>
                <b>{t(`enterprises.history.entity.${h.entity}`, { defaultValue: h.entity })}</b> · {t(`enterprises.history.action.${verbOf(h.action)}`, { defaultValue: h.action })}
                <div className="sub-text">{formatDateTime(h.at)} · {h.actorName}</div>
                {diff.length > 0 && (
                  <ul className="ent-history__changes">
                    {diff.slice(0, 6).map((c) => <li key={c.key}><Typography.Text code>{t(`enterprises.history.field.${c.key}`, { defaultValue: c.key })}</Typography.Text> {c.before} → {c.after}</li>)}
                  </ul>
                )}
              </div>
            ),
          };
        })} />
      )}
    </div>
  );
}
