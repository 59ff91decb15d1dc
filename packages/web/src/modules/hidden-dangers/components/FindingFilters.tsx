// Filters of the hidden-danger list: search, status, severity, territory, overdue only, 挂牌督办 only. Every change goes
// to the URL (the search box is re-keyed by it, so the back button shows the right text).
import { Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  findingSeverities, findingSorts, findingStatuses, type FindingFilters as Filters, type FindingSeverity, type FindingSort, type FindingStatus,
} from '../api/hidden-dangers.types';

type Props = { value: Filters; territories: { value: string; label: string }[]; showPlaceFilters: boolean; onChange: (next: Filters) => void };

export function FindingFilters({ value, territories, showPlaceFilters, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <div className="hd-filters" data-testid="hd-filters">
      <Input.Search key={value.q ?? ''} className="hd-filters__search" allowClear placeholder={t('hiddenDangers.list.searchPlaceholder')} defaultValue={value.q}
        data-testid="hd-filter-q" onSearch={(q) => set({ q: q.trim() || undefined })} enterButton />
      <Select<FindingStatus> allowClear placeholder={t('hiddenDangers.field.status')} value={value.status} data-testid="hd-filter-status"
        onChange={(status) => set({ status })} options={findingStatuses.map((s) => ({ value: s, label: t(`hiddenDangers.status.${s}`) }))}
        popupMatchSelectWidth={false} style={{ minWidth: 120 }} />
      <Select<FindingSeverity> allowClear placeholder={t('hiddenDangers.field.severity')} value={value.severity} data-testid="hd-filter-severity"
        onChange={(severity) => set({ severity })} options={findingSeverities.map((s) => ({ value: s, label: t(`hiddenDangers.severity.${s}`) }))} style={{ minWidth: 110 }} />
      {showPlaceFilters && (
        <Select<string> allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('hiddenDangers.field.territory')} value={value.territoryId}
          data-testid="hd-filter-territory" onChange={(territoryId) => set({ territoryId })} options={territories} popupMatchSelectWidth={false} style={{ minWidth: 120 }} />
      )}
      <Select<FindingSort> allowClear placeholder={t('hiddenDangers.list.sort')} value={value.sort} data-testid="hd-filter-sort"
        onChange={(sort) => set({ sort })} options={findingSorts.map((s) => ({ value: s, label: t(`hiddenDangers.list.sortBy.${s}`) }))}
        popupMatchSelectWidth={false} style={{ minWidth: 120 }} />
      <Checkbox checked={!!value.overdue} onChange={(e) => set({ overdue: e.target.checked || undefined })} data-testid="hd-filter-overdue">
        {t('hiddenDangers.list.overdueOnly')}
      </Checkbox>
      <Checkbox checked={!!value.listed} onChange={(e) => set({ listed: e.target.checked || undefined })} data-testid="hd-filter-listed">
        {t('hiddenDangers.list.listedOnly')}
      </Checkbox>
    </div>
  );
}
