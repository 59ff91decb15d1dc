// Filters of the risk-point list: search, levels (several, each in its colour), status, kind, territory,
// enterprise, review late, public places only. Every change goes to the URL (the search box is re-keyed by it,
// so the back button shows the right text).
import { Checkbox, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelColour, riskLevels, riskPointKinds, riskStatuses, type RiskFilters as Filters, type RiskLevel, type RiskPointKind, type RiskStatus } from '../api/risk.types';
import { textOn } from './LevelTag';

type Props = {
  value: Filters;
  territories: { value: string; label: string }[];
  enterprises: { value: string; label: string }[];
  onEnterpriseSearch: (q: string) => void;
  showPlaceFilters: boolean;
  onChange: (next: Filters) => void;
};

export function RiskFilters({ value, territories, enterprises, onEnterpriseSearch, showPlaceFilters, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch, page: 1 });
  return (
    <div className="risk-filters" data-testid="risk-filters">
      <Input.Search key={value.q ?? ''} className="risk-filters__search" allowClear placeholder={t('risk.list.searchPlaceholder')} defaultValue={value.q}
        data-testid="risk-filter-q" onSearch={(q) => set({ q: q.trim() || undefined })} enterButton />
      <Select<RiskLevel[]> mode="multiple" allowClear placeholder={t('risk.list.filterLevel')} value={value.level ?? []} data-testid="risk-filter-level"
        style={{ minWidth: 180 }} onChange={(level) => set({ level: level.length ? level : undefined })}
        options={riskLevels.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))}
        tagRender={({ value: l, closable, onClose }) => (
          <Tag style={{ background: levelColour[l as RiskLevel], borderColor: levelColour[l as RiskLevel], color: textOn(l as RiskLevel), marginInlineEnd: 4 }} closable={closable} onClose={onClose}>
            {t(`risk.level.${l as RiskLevel}`)}
          </Tag>
        )}
        optionRender={(o) => <span><span className="risk-dot" style={{ background: levelColour[o.value as RiskLevel] }} />{o.label}</span>} />
      <Select<RiskStatus> allowClear placeholder={t('risk.list.filterStatus')} value={value.status} data-testid="risk-filter-status"
        onChange={(status) => set({ status })} options={riskStatuses.map((s) => ({ value: s, label: t(`risk.status.${s}`) }))} style={{ minWidth: 110 }} />
      <Select<RiskPointKind> allowClear placeholder={t('risk.list.filterKind')} value={value.kind} data-testid="risk-filter-kind"
        onChange={(kind) => set({ kind })} options={riskPointKinds.map((k) => ({ value: k, label: t(`risk.kind.${k}`) }))} popupMatchSelectWidth={false} style={{ minWidth: 120 }} />
      {showPlaceFilters && (
        <>
          <Select<string> allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('risk.list.filterTerritory')} value={value.territoryId}
            data-testid="risk-filter-territory" onChange={(territoryId) => set({ territoryId })} options={territories} popupMatchSelectWidth={false} style={{ minWidth: 120 }} />
          <Select<string> allowClear showSearch={{ filterOption: false, onSearch: onEnterpriseSearch }} placeholder={t('risk.list.filterEnterprise')}
            value={value.enterpriseId} data-testid="risk-filter-enterprise" onChange={(enterpriseId) => set({ enterpriseId })}
            options={enterprises} popupMatchSelectWidth={false} style={{ minWidth: 180 }} />
        </>
      )}
      <Checkbox checked={!!value.reviewLate} onChange={(e) => set({ reviewLate: e.target.checked || undefined })} data-testid="risk-filter-late">
        {t('risk.list.reviewLate')}
      </Checkbox>
      {showPlaceFilters && (
        <Checkbox checked={!!value.publicOnly} onChange={(e) => set({ publicOnly: e.target.checked || undefined })} data-testid="risk-filter-public">
          {t('risk.list.publicOnly')}
        </Checkbox>
      )}
    </div>
  );
}
