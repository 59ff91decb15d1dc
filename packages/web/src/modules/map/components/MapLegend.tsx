// The legend, drawn over the map (inside what the PNG export captures) for the layers that are on.
import type { MapLayer } from '@hazgov/domain/map/types';
import { levelColour, riskLevels } from '@hazgov/domain/risk/types';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeHex } from '../../major-hazards/utils/grade-colors';
import { activityColour, categoryColour, layerColour } from '../utils/colours';
import { enterpriseActivities, hazardGrades } from '../utils/url-state';

function Item({ colour, label, shape = 'dot' }: { colour: string; label: string; shape?: 'dot' | 'line' | 'area' | 'dash' }) {
  return (
    <div className="map-legend__item">
      <span className={`map-legend__mark map-legend__mark--${shape}`} style={shape === 'line' || shape === 'dash' ? { borderColor: colour } : { background: colour }} />
      {label}
    </div>
  );
}

export function MapLegend({ layers }: { layers: MapLayer[] }) {
  const { t } = useTranslation();
  // Folded on a phone, where it would cover half the map.
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth > 700);
  const on = (l: MapLayer) => layers.includes(l);
  return (
    <div className="map-legend" data-testid="map-legend">
      <button type="button" className="map-legend__title" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="legend-toggle">
        {t('map.legend.title')} {open ? <DownOutlined /> : <UpOutlined />}
      </button>
      {open && <>
      {(on('risk_points') || on('areas')) && (
        <div className="map-legend__group">
          <div className="map-legend__head">{t('map.legend.riskLevel')}</div>
          {riskLevels.map((lv) => <Item key={lv} colour={levelColour[lv]} label={t(`map.levelShort.${lv}`)} shape={on('risk_points') ? 'dot' : 'area'} />)}
        </div>
      )}
      {on('major_hazards') && (
        <div className="map-legend__group">
          <div className="map-legend__head">{t('map.layer.major_hazards')}</div>
          {hazardGrades.map((g) => <Item key={g} colour={gradeHex[g]} label={t(`map.grade.${g}`)} />)}
        </div>
      )}
      {on('enterprises') && (
        <div className="map-legend__group">
          <div className="map-legend__head">{t('map.layer.enterprises')}</div>
          {enterpriseActivities.map((a) => <Item key={a} colour={activityColour[a]!} label={t(`enterprises.activity.${a}`)} />)}
        </div>
      )}
      {on('sensitive_targets') && (
        <div className="map-legend__group">
          <div className="map-legend__head">{t('map.layer.sensitive_targets')}</div>
          {(['school', 'kindergarten', 'hospital', 'elderly_home', 'dense_housing', 'public_venue'] as const).map((c) => <Item key={c} colour={categoryColour[c]!} label={t(`map.category.${c}`)} />)}
        </div>
      )}
      <div className="map-legend__group map-legend__group--single">
        {on('pipelines') && <Item colour={layerColour.pipelines} label={t('map.layer.pipelines')} shape="line" />}
        {on('chemical_parks') && <Item colour={layerColour.chemical_parks} label={t('map.layer.chemical_parks')} shape="area" />}
        {on('areas') && <Item colour="#f0f0f0" label={t('map.legend.areaNoLevel')} shape="area" />}
        <Item colour="#003a8c" label={t('map.legend.boundary')} shape="dash" />
        <div className="map-legend__item map-legend__item--wide"><span className="map-legend__mark map-legend__mark--cluster">n</span>{t('map.legend.cluster')}</div>
      </div>
      </>}
    </div>
  );
}
