// Filters of the register: grade, territory, filing status and a search on unit or enterprise name.
import { Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { filingStatuses, grades, type FilingStatus, type Grade, type ListStatus } from '../api/major-hazards.types';

export type RegisterFilterValues = { grade?: Grade; status?: ListStatus; territoryId?: string; filingStatus?: FilingStatus; q?: string };

type Props = {
  value: RegisterFilterValues;
  territories: { id: string; name: string }[];
  onChange: (next: RegisterFilterValues) => void;
};

export function RegisterFilters({ value, territories, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="mh-filters" data-testid="register-filters">
      <Select<Grade> allowClear placeholder={t('majorHazards.register.filterGrade')} value={value.grade} data-testid="filter-grade"
        onChange={(grade) => onChange({ ...value, grade })}
        options={grades.map((g) => ({ value: g, label: t(`majorHazards.grade.${g}`) }))} />
      <Select<string> allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('majorHazards.register.filterTerritory')}
        value={value.territoryId} data-testid="filter-territory" onChange={(territoryId) => onChange({ ...value, territoryId })}
        options={territories.map((o) => ({ value: o.id, label: o.name }))} popupMatchSelectWidth={false} />
      <Select<FilingStatus> allowClear placeholder={t('majorHazards.register.filterFiling')} value={value.filingStatus} data-testid="filter-filing"
        onChange={(filingStatus) => onChange({ ...value, filingStatus })}
        options={filingStatuses.map((s) => ({ value: s, label: t(`majorHazards.filing.${s}`) }))} />
      <Input.Search className="mh-filters__search" allowClear placeholder={t('majorHazards.register.searchPlaceholder')} defaultValue={value.q}
        data-testid="filter-search" onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })} enterButton />
      {value.status && (
        <Tag closable color="warning" onClose={() => onChange({ ...value, status: undefined })} data-testid="filter-status" style={{ alignSelf: 'center', minWidth: 0 }}>
          {t(`majorHazards.status.${value.status}.short`)}
        </Tag>
      )}
    </div>
  );
}
