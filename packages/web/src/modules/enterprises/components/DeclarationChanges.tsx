// What changed since the enterprise's last approved declaration: the record as submitted against the last
// approved one (GET /api/enterprise-declarations/:id sends both snapshots), field by field, licence by licence,
// unit by unit and substance by substance. A first declaration has nothing to compare with: its content is
// summarised instead.
import { Alert, Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert';
import { Loading } from '../../shared/components/Loading';
import { useAsync } from '../../shared/hooks/use-async';
import { formatDateTime } from '../../shared/utils/format';
import { enterprisesApi } from '../api/enterprises.api';
import type { Declaration, EnterpriseDetail } from '../api/enterprises.types';
import { snapshotChanges, type SnapshotChange } from '../utils/snapshot-diff';

const changeColor = { added: 'green', removed: 'red', changed: 'blue' } as const;

function ChangeLine({ c }: { c: SnapshotChange }) {
  const { t } = useTranslation();
  if (c.part === 'field') {
    return <><Typography.Text strong>{t('enterprises.inventory.fieldLabel', { field: t(`enterprises.history.field.${c.key}`, { defaultValue: c.key }) })}</Typography.Text>{c.before} → {c.after}</>;
  }
  const tag = <Tag color={changeColor[c.change]}>{t(`enterprises.review.change.${c.change}`)}</Tag>;
  if (c.part === 'line') {
    return <>{tag}{t('enterprises.review.lineOf', { unit: c.unit, name: c.name })} {c.before ?? ''}{c.before && c.after ? ' → ' : ''}{c.after ?? ''}</>;
  }
  return <>{tag}{t(`enterprises.review.part.${c.part}`)}{t('enterprises.history.subject', { name: c.name })}{c.detail ? ` ${c.detail}` : ''}</>;
}

function Summary({ record }: { record: EnterpriseDetail }) {
  const { t } = useTranslation();
  const lines = record.units.reduce((n, u) => n + u.lines.length, 0);
  return <Alert type="info" showIcon title={t('enterprises.review.firstSummary', { licences: record.licences.length, units: record.units.length, lines })} />;
}

export function DeclarationChanges({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const detail = useAsync(() => enterprisesApi.declaration(declaration.id), [declaration.id]);
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const { snapshot, previousSnapshot } = detail.data;
  const changes = snapshot && previousSnapshot ? snapshotChanges(previousSnapshot, snapshot) : [];

  return (
    <div data-testid="declaration-changes">
      <Descriptions size="small" column={1} bordered className="ent-descriptions">
        <Descriptions.Item label={t('enterprises.declaration.submittedAt')}>{formatDateTime(declaration.submittedAt)}</Descriptions.Item>
        {!previousSnapshot && <Descriptions.Item label={t('enterprises.review.lastApproved')}>{t('enterprises.review.firstDeclaration')}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={5} className="ent-section-title">{t('enterprises.review.changesSince')}</Typography.Title>
      {!snapshot && <Alert type="warning" showIcon title={t('enterprises.review.noSnapshot')} />}
      {snapshot && !previousSnapshot && <Summary record={snapshot} />}
      {snapshot && previousSnapshot && (changes.length === 0
        ? <Alert type="info" showIcon title={t('enterprises.review.noChanges')} />
        : <List size="small" bordered dataSource={changes} data-testid="declaration-change-list" renderItem={(c) => <List.Item><span><ChangeLine c={c} /></span></List.Item>} />)}
    </div>
  );
}
