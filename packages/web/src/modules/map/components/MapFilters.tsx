// The layer switches and the filters beside the map. Every change goes to the URL; the map follows the URL.
import { mapLayers, sensitiveCategories, type MapLayer } from '@hazgov/domain/map/types';
import { levelColour, riskLevels, riskStatuses, type RiskLevel, type RiskStatus } from '@hazgov/domain/risk/types';
import { Button, Checkbox, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { gradeHex } from '../../major-hazards/utils/grade-colors';
import { formatNumber } from '../../shared/utils/format';
import { enterpriseActivities, hazardGrades, type MapFilters as Filters } from '../utils/url-state';
import { layerColour } from '../utils/colours';

type Props = {
  layers: MapLayer[];
  filters: Filters;
  territories: { id: string; name: string }[];
  totals: Partial<Record<MapLayer, { total: number; clustered: boolean }>> | undefined;
  onLayers: (layers: MapLayer[]) => void;
  onFilters: (filters: Filters) => void;
};

function toggle<T>(list: T[], v: T): T[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

export function MapFilters({ layers, filters, territories, totals, onLayers, onFilters }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  const anyFilter = filters.level.length + filters.grade.length + filters.activity.length + filters.category.length + filters.status.length > 0 || !!filters.territoryId;
  return (
    <div className="map-filters" data-testid="map-filters">
      <Typography.Text strong>{t('map.filters.layers')}</Typography.Text>
      <div className="map-filters__layers">
        {mapLayers.map((l) => (
          <Checkbox key={l} checked={layers.includes(l)} onChange={() => onLayers(toggle(layers, l))}>
            <span data-testid={`layer-${l}`} data-checked={layers.includes(l)}>
              <span className="map-swatch" style={{ background: layerColour[l] }} />
              {t(`map.layer.${l}`)}
              {layers.includes(l) && totals?.[l] && <Typography.Text type="secondary" className="map-filters__count"> {formatNumber(totals[l].total)}</Typography.Text>}
            </span>
          </Checkbox>
        ))}
      </div>

      <Typography.Text strong>{t('map.filters.level')}</Typography.Text>
      <div className="map-filters__chips" data-testid="filter-level">
        {riskLevels.map((lv: RiskLevel) => (
          <Tag.CheckableTag key={lv} checked={filters.level.includes(lv)} data-testid={`filter-level-${lv}`} onChange={() => set({ level: toggle(filters.level, lv) })}>
            <span className="map-swatch" style={{ background: levelColour[lv] }} />{t(`map.level.${lv}`)}
          </Tag.CheckableTag>
        ))}
      </div>
      <Typography.Text strong>{t('map.filters.status')}</Typography.Text>
      <div className="map-filters__chips">
        {riskStatuses.map((s: RiskStatus) => (
          <Tag.CheckableTag key={s} checked={filters.status.includes(s)} data-testid={`filter-status-${s}`} onChange={() => set({ status: toggle(filters.status, s) })}>
            {t(`map.riskStatus.${s}`)}
          </Tag.CheckableTag>
        ))}
      </div>

      <Typography.Text strong>{t('map.filters.grade')}</Typography.Text>
      <div className="map-filters__chips">
        {hazardGrades.map((g) => (
          <Tag.CheckableTag key={g} checked={filters.grade.includes(g)} data-testid={`filter-grade-${g}`} onChange={() => set({ grade: toggle(filters.grade, g) })}>
            <span className="map-swatch" style={{ background: gradeHex[g] }} />{t(`map.grade.${g}`)}
          </Tag.CheckableTag>
        ))}
      </div>

      <Space orientation="vertical" style={{ width: '100%' }} size={8}>
        <Select mode="multiple" allowClear style={{ width: '100%' }} placeholder={t('map.filters.activity')} value={filters.activity} data-testid="filter-activity"
          options={enterpriseActivities.map((a) => ({ value: a, label: t(`enterprises.activity.${a}`) }))}
          onChange={(activity: string[]) => set({ activity })} />
        <Select mode="multiple" allowClear style={{ width: '100%' }} placeholder={t('map.filters.category')} value={filters.category} data-testid="filter-category"
          options={sensitiveCategories.map((c) => ({ value: c, label: t(`map.category.${c}`) }))}
          onChange={(category: string[]) => set({ category })} />
        {territories.length > 0 && (
          <Select allowClear showSearch optionFilterProp="label" style={{ width: '100%' }} placeholder={t('map.filters.territory')} data-testid="filter-territory"
            value={filters.territoryId ?? undefined} options={territories.map((x) => ({ value: x.id, label: x.name }))}
            onChange={(territoryId?: string) => set({ territoryId: territoryId ?? null })} />
        )}
        {anyFilter && (
          <Button size="small" data-testid="filter-clear" onClick={() => onFilters({ level: [], grade: [], activity: [], category: [], status: [], territoryId: null })}>
            {t('map.filters.clear')}
          </Button>
        )}
      </Space>
    </div>
  );
}
