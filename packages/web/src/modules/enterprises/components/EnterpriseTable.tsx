// The paged enterprise table: name → its page, credit code, where, what it does, status, major hazards (count and
// worst grade), the next licence expiry (coloured as it nears), declaration status and a 演示 tag on demo rows.
import { Space, Table, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../shared/components/EmptyState';
import { formatDate, formatNumber } from '../../shared/utils/format';
import type { EnterpriseListItem, EnterprisePage } from '../api/enterprises.types';
import { daysUntil, expiryBand } from '../utils/expiry';
import { ActivityTags, DeclarationTag, DemoTag, EnterpriseStatusTag, GradeTag } from './Tags';
import { BlacklistBadge } from '../../blacklist/components/BlacklistBadge';

const expiryClass = { expired: 'ent-expiry--expired', expiring_30: 'ent-expiry--30', expiring_90: 'ent-expiry--90', valid: '' } as const;

export function EnterpriseTable({ data, loading, onPage, nameOf }: {
  data: EnterprisePage | undefined; loading: boolean; onPage: (page: number, pageSize: number) => void;
  /** Organisation names in the user's language (the list answers in Chinese). */
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table<EnterpriseListItem>
      data-testid="enterprise-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <EmptyState description={t('enterprises.list.none')} /> }}
      onRow={(r) => ({ 'data-testid': 'enterprise-row', 'data-enterprise-id': r.id } as HTMLAttributes<HTMLElement>)}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => t('enterprises.list.total', { count: total, total: formatNumber(total) }),
        onChange: onPage,
        size: 'small',
      }}
      columns={[
        {
          key: 'name', title: t('enterprises.field.name'), fixed: 'left',
          render: (_: unknown, r) => (
            <div className="ent-name-cell">
              <Link to={`/enterprises/${encodeURIComponent(r.id)}`} data-testid="enterprise-link">{r.name}</Link>
              <BlacklistBadge enterpriseId={r.id} />
              {r.isDemo && <DemoTag />}
            </div>
          ),
        },
        { key: 'uscc', title: t('enterprises.field.uscc'), responsive: ['md'], render: (_: unknown, r) => <span className="mono">{r.uscc}</span> },
        {
          key: 'where', title: t('enterprises.list.where'), responsive: ['sm'],
          render: (_: unknown, r) => <>{nameOf(r.territory.id) || r.territory.name}{r.grid && <div className="sub-text">{nameOf(r.grid.id) || r.grid.name}</div>}</>,
        },
        { key: 'activities', title: t('enterprises.field.activities'), responsive: ['lg'], render: (_: unknown, r) => <ActivityTags activities={r.activities} /> },
        { key: 'status', title: t('enterprises.field.status'), responsive: ['md'], render: (_: unknown, r) => <EnterpriseStatusTag status={r.status} /> },
        {
          key: 'mh', title: t('enterprises.list.majorHazards'),
          render: (_: unknown, r) => r.majorHazardCount > 0
            ? <Space size={4} data-testid="major-hazard-cell"><b>{formatNumber(r.majorHazardCount)}</b><GradeTag grade={r.worstGrade} /></Space>
            : <Typography.Text type="secondary">{t('enterprises.list.noMajorHazard')}</Typography.Text>,
        },
        {
          key: 'expiry', title: t('enterprises.list.nextExpiry'), responsive: ['sm'],
          render: (_: unknown, r) => {
            if (!r.nextLicenceExpiry) return <Typography.Text type="secondary">—</Typography.Text>;
            const days = daysUntil(r.nextLicenceExpiry);
            const band = expiryBand(days) ?? 'valid';
            return (
              <Tooltip title={band === 'valid' ? undefined : t(`enterprises.licenceState.${band}`)}>
                <span className={expiryClass[band]} data-testid="expiry-cell" data-band={band}>{formatDate(r.nextLicenceExpiry)}</span>
              </Tooltip>
            );
          },
        },
        { key: 'decl', title: t('enterprises.list.declaration'), responsive: ['lg'], render: (_: unknown, r) => <DeclarationTag status={r.declarationStatus} /> },
        {
          key: 'restricted', title: t('enterprises.list.restricted'), responsive: ['xl'],
          render: (_: unknown, r) => r.restrictedLineCount > 0 ? <Typography.Text type="danger">{formatNumber(r.restrictedLineCount)}</Typography.Text> : '—',
        },
      ]}
    />
  );
}
