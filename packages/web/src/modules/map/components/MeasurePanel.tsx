// The distance tool's readout: each segment and the total, with clear and done.
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/utils/format';
import type { MeasureState } from '../leaflet/map-controller';
import { formatDistance } from '../utils/measure';

export function MeasurePanel({ m, onClear, onDone }: { m: MeasureState; onClear: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="map-measure map-no-export" data-testid="measure-panel">
      <Typography.Text strong>{t('map.measure.title')}</Typography.Text>
      {m.points.length < 2 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>{t('map.measure.hint')}</Typography.Paragraph>
      ) : (
        <ol className="map-measure__segments">
          {m.segments.map((s, i) => <li key={i} data-testid="measure-segment" data-metres={s.toFixed(1)}>{formatDistance(s, formatNumber)}</li>)}
        </ol>
      )}
      <div data-testid="measure-total" data-metres={m.total.toFixed(1)}>
        {t('map.measure.total')}: <strong>{formatDistance(m.total, formatNumber)}</strong>
      </div>
      <Space size={4} style={{ marginTop: 6 }}>
        <Button size="small" onClick={onClear} data-testid="measure-clear">{t('map.measure.clear')}</Button>
        <Button size="small" type="primary" onClick={onDone} data-testid="measure-done">{t('map.measure.done')}</Button>
      </Space>
    </div>
  );
}
