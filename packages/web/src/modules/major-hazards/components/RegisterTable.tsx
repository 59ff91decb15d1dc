// The register table: one row per identified unit with its enterprise, territory, grade (or why it has none),
// R and S, the filing state and the three responsible persons.
import { Table, type TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../shared/components/EmptyState';
import { formatDateTime } from '../../shared/utils/format';
import type { ListNumber, MajorHazardList, MajorHazardRow } from '../api/major-hazards.types';
import { majorHazardUrls } from '../api/major-hazards.api';
import { isTraceNumber, listNumberText, localeDecimal } from '../utils/decimal-text';
import { FilingTag, IdentificationTag } from './StatusTags';
import { intlLocaleOf, TraceNum } from './TraceNum';

function Num({ n, testId }: { n: ListNumber; testId: string }) {
  const { i18n } = useTranslation();
  if (isTraceNumber(n)) return <TraceNum n={n} testId={testId} />;
  const text = listNumberText(n);
  return <span className="mh-num" data-testid={testId}>{text === null ? '—' : localeDecimal(text, intlLocaleOf(i18n.language))}</span>;
}

type Props = { data: MajorHazardList | undefined; loading: boolean; onPage: (page: number, pageSize: number) => void };

export function RegisterTable({ data, loading, onPage }: Props) {
  const { t } = useTranslation();
  const pagination: TablePaginationConfig = {
    current: data?.page ?? 1, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, showSizeChanger: true,
    showTotal: (total) => t('majorHazards.register.total', { count: total }), onChange: onPage, size: 'small',
  };
  const person = (name: string | null) => name || <span className="sub-text">{t('majorHazards.register.notSet')}</span>;
  return (
    <Table<MajorHazardRow>
      data-testid="register-table"
      size="small"
      rowKey="unitId"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={pagination}
      scroll={{ x: 1180 }}
      locale={{ emptyText: <EmptyState description={t('majorHazards.register.empty')} /> }}
      onRow={(r) => ({ 'data-testid': 'register-row', 'data-unit-id': r.unitId, 'data-grade': r.grade ?? '', 'data-status': r.status } as HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'unit', title: t('majorHazards.register.unit'), fixed: 'left', width: 170,
          render: (_: unknown, r) => (
            <>
              <Link to={majorHazardUrls.unit(r.unitId)} data-testid="register-unit-link">{r.unitName}</Link>
              <div className="sub-text">{t(`majorHazards.unitKind.${r.unitKind}`)}</div>
            </>
          ) },
        { key: 'enterprise', title: t('majorHazards.register.enterprise'), width: 200,
          render: (_: unknown, r) => <Link to={majorHazardUrls.enterprise(r.enterprise.id)} data-testid="register-enterprise-link">{r.enterprise.name}</Link> },
        { key: 'territory', title: t('majorHazards.register.territory'), width: 100, render: (_: unknown, r) => r.territory?.name ?? '—' },
        { key: 'grade', title: t('majorHazards.register.grade'), width: 110, render: (_: unknown, r) => <IdentificationTag status={r.status} grade={r.grade} /> },
        { key: 'R', title: 'R', width: 80, align: 'right', render: (_: unknown, r) => <Num n={r.R} testId="register-R" /> },
        { key: 'S', title: 'S', width: 80, align: 'right', render: (_: unknown, r) => <Num n={r.S} testId="register-S" /> },
        { key: 'filing', title: t('majorHazards.register.filing'), width: 90, render: (_: unknown, r) => <FilingTag status={r.filingStatus} /> },
        { key: 'principal', title: t('majorHazards.register.principal'), width: 100, render: (_: unknown, r) => person(r.principalName) },
        { key: 'technical', title: t('majorHazards.register.technical'), width: 100, render: (_: unknown, r) => person(r.technicalName) },
        { key: 'operations', title: t('majorHazards.register.operations'), width: 100, render: (_: unknown, r) => person(r.operationsName) },
        { key: 'identifiedAt', title: t('majorHazards.register.identifiedAt'), width: 140, render: (_: unknown, r) => formatDateTime(r.identifiedAt) },
      ]}
    />
  );
}
