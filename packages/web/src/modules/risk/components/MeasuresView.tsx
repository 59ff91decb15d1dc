// The control measures by their five kinds, and the emergency text.
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { measureKinds, type RiskPoint } from '../api/risk.types';

export function MeasuresView({ point }: { point: RiskPoint }) {
  const { t } = useTranslation();
  return (
    <div data-testid="risk-measures">
      <Descriptions size="small" column={1} bordered
        items={measureKinds.map((m) => ({
          key: m, label: t(`risk.measure.${m}`),
          children: point.measures[m]?.length
            ? <ul className="risk-list" data-testid={`risk-measures-${m}`}>{point.measures[m].map((x, i) => <li key={i}>{x}</li>)}</ul>
            : <span className="sub-text">—</span>,
        }))} />
      {point.emergencyText && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('risk.field.emergencyText')}</Typography.Title>
          <Typography.Paragraph className="risk-prewrap" data-testid="risk-emergency-text">{point.emergencyText}</Typography.Paragraph>
        </>
      )}
    </div>
  );
}
