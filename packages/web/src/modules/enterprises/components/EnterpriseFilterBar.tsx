// The list's filters: territory, industry, activity, status, major-hazard grade, licences expiring, 禁限控, search.
import { ClearOutlined, FilterOutlined } from '@ant-design/icons';
import { AutoComplete, Badge, Button, Checkbox, Grid, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activities, enterpriseStatuses, type EnterpriseFilters } from '../api/enterprises.types';
import type { Territories } from '../hooks/use-territories';
import { industrySuggestions } from '../utils/key-processes';
import { hasFilters, type FilterPatch } from '../utils/list-filters';
import { gradeHex } from './Tags';


export function EnterpriseFilterBar({ filters, onChange, onReset, territories }: {
  filters: EnterpriseFilters; onChange: (patch: FilterPatch) => void; onReset: () => void; territories: Territories;
}) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  const [industry, setIndustry] = useState(filters.industry ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  useEffect(() => setIndustry(filters.industry ?? ''), [filters.industry]);
  // The grade select also offers "any major hazard", sent as majorHazard=1.
  // On a phone the filters fold under one button (the search stays), so the table is on the first screen.
  const phone = !Grid.useBreakpoint().md;
  const [open, setOpen] = useState(false);
  const active = Object.keys(filters).filter((k) => !['page', 'pageSize', 'q'].includes(k)).length;
  const gradeValue = filters.grade ? String(filters.grade) : filters.majorHazard ? 'any' : undefined;

  return (
    <div className="ent-filters" data-testid="enterprise-filters">
      <Input.Search
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(v) => onChange({ q: v.trim() || undefined })}
        placeholder={t('enterprises.list.searchPlaceholder')}
        className="ent-filters__search"
        data-testid="filter-q"
      />
      {phone && (
        <Badge count={active} size="small">
          <Button icon={<FilterOutlined />} onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="filter-toggle">{t('enterprises.list.filters')}</Button>
        </Badge>
      )}
      {(!phone || open) && (<>
      <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('enterprises.field.territory')} className="ent-filters__item"
        value={filters.territoryId} onChange={(v?: string) => onChange({ territoryId: v })} options={territories.territories} data-testid="filter-territory" />
      <AutoComplete allowClear placeholder={t('enterprises.field.industry')} className="ent-filters__item" value={industry}
        onChange={(v?: string) => setIndustry(v ?? '')}
        onSelect={(v?: string) => onChange({ industry: v })}
        onBlur={() => onChange({ industry: industry.trim() || undefined })}
        onClear={() => onChange({ industry: undefined })}
        options={industrySuggestions.map((s) => ({ value: s.zh, label: i18n.language === 'en' ? s.en : s.zh }))} data-testid="filter-industry" />
      <Select allowClear placeholder={t('enterprises.field.activities')} className="ent-filters__item" value={filters.activity}
        onChange={(v?: string) => onChange({ activity: v })} options={activities.map((a) => ({ value: a, label: t(`enterprises.activity.${a}`) }))} data-testid="filter-activity" />
      <Select allowClear placeholder={t('enterprises.field.status')} className="ent-filters__item" value={filters.status}
        onChange={(v?: string) => onChange({ status: v })} options={enterpriseStatuses.map((s) => ({ value: s, label: t(`enterprises.status.${s}`) }))} data-testid="filter-status" />
      <Select allowClear placeholder={t('enterprises.list.gradeFilter')} className="ent-filters__item" value={gradeValue}
        onChange={(v?: string) => {
          if (v === 'any') onChange({ grade: undefined, majorHazard: 1 });
          else onChange({ majorHazard: undefined, grade: v ? Number(v) : undefined });
        }}
        options={[
          { value: 'any', label: t('enterprises.list.anyMajorHazard') },
          ...([1, 2, 3, 4] as const).map((g) => ({ value: String(g), label: <span><span className="legend-dot" style={{ background: gradeHex[g] }} />{t(`enterprises.grade.${g}`)}</span> })),
        ]}
        data-testid="filter-grade" />
      <Select allowClear placeholder={t('enterprises.list.expiringFilter')} className="ent-filters__item" value={filters.licenceExpiringWithinDays}
        onChange={(v?: number) => onChange({ licenceExpiringWithinDays: v })}
        options={[30, 90].map((d) => ({ value: d, label: t('enterprises.list.expiringWithin', { days: d }) }))} data-testid="filter-expiring" />
      <Space>
        <Checkbox checked={filters.restricted === 1} onChange={(e) => onChange({ restricted: e.target.checked ? 1 : undefined })} data-testid="filter-restricted">
          {t('enterprises.list.restrictedFilter')}
        </Checkbox>
        {hasFilters(filters) && <Button type="link" icon={<ClearOutlined />} onClick={onReset} data-testid="filter-reset">{t('enterprises.list.resetFilters')}</Button>}
      </Space>
      </>)}
    </div>
  );
}
