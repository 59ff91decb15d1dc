// 重大危险源: the enterprise's units that are major hazards (or need the population to be graded), with S, R, the
// grade and a link to each one's identification trace.
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../shared/components/EmptyState';
import { formatDateTime } from '../../shared/utils/format';
import { enterpriseUrls } from '../api/enterprises.api';
import type { EnterpriseDetail, Unit } from '../api/enterprises.types';
import { GradeTag, IdentificationTag } from './Tags';

const filingColor = { not_filed: 'red', filed: 'green', refile_needed: 'orange' } as const;

const sOf = (u: Unit) => (u.identification.status === 'graded' || u.identification.status === 'needs_population' || u.identification.status === 'below_threshold' ? u.identification.S.display : '—');

export function MajorHazardsTab({ enterprise: d }: { enterprise: EnterpriseDetail }) {
  const { t } = useTranslation();
  const units = d.units.filter((u) => u.isMajorHazard).sort((a, b) => (a.grade ?? 9) - (b.grade ?? 9));
  return (
    <div data-testid="major-hazards-tab">
      <Table<Unit>
        size="small" rowKey="id" dataSource={units} pagination={false} scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description={t('enterprises.majorHazards.none')} /> }}
        columns={[
          { key: 'name', title: t('enterprises.units.name'), render: (_: unknown, u) => <Link to={enterpriseUrls.trace(u.id)} data-testid="major-hazard-link">{u.name}</Link> },
          { key: 'kind', title: t('enterprises.units.kind'), responsive: ['sm'], render: (_: unknown, u) => t(`enterprises.unitKind.${u.kind}`) },
          { key: 's', title: 'S', render: (_: unknown, u) => sOf(u) },
          { key: 'r', title: 'R', render: (_: unknown, u) => (u.identification.status === 'graded' ? u.identification.R.display : '—') },
          { key: 'grade', title: t('enterprises.ident.grade'), render: (_: unknown, u) => (u.grade ? <GradeTag grade={u.grade} /> : <IdentificationTag status={u.identification.status} />) },
          {
            key: 'filing', title: t('enterprises.majorHazards.filing'), responsive: ['sm'],
            render: (_: unknown, u) => {
              const r = d.registers.find((x) => x.unitId === u.id);
              return r ? <Tag color={filingColor[r.filingStatus]}>{t(`enterprises.majorHazards.filingStatus.${r.filingStatus}`)}</Tag> : '—';
            },
          },
          { key: 'principal', title: t('enterprises.majorHazards.principal'), responsive: ['lg'], render: (_: unknown, u) => d.registers.find((x) => x.unitId === u.id)?.principalName || '—' },
          { key: 'at', title: t('enterprises.ident.at'), responsive: ['md'], render: (_: unknown, u) => formatDateTime(u.identifiedAt) },
        ]}
      />
      {units.length > 0 && <Typography.Paragraph type="secondary" className="ent-footnote">{t('enterprises.majorHazards.note')}</Typography.Paragraph>}
    </div>
  );
}
