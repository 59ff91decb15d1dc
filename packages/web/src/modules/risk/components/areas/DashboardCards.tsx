// The dashboard's count cards: risk points by colour (in the level colours), by control status, and reviews late.
// A card opens the risk-point list filtered the same way (and to the same town).
import { Card, Col, Row, Statistic } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatNumber } from '../../../shared/utils/format';
import { levelColour, riskLevels, riskStatuses, type RiskDashboard, type RiskStatus } from '../../api/risk-areas.types';

const statusColour: Record<RiskStatus, string> = { controlled: '#52c41a', attention: '#faad14', out_of_control: '#cf1322' };
// Yellow cards print their number in a darker gold: #FFFF00 text on white cannot be read.
const textColour = (c: string) => (c === levelColour.yellow ? '#ad8b00' : c);

export function DashboardCards({ data, territoryId }: { data: RiskDashboard; territoryId?: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const within = territoryId ? `&territoryId=${encodeURIComponent(territoryId)}` : ''; // the list keeps the dashboard's town
  const card = (key: string, kind: string, title: string, value: number, colour: string, to: string) => (
    <Col xs={12} sm={8} md={6} xl={3} key={`${kind}-${key}`}>
      <Card variant="borderless" className="ra-level-card" onClick={() => { void navigate(`${to}${within}`); }}
        style={{ '--ra-level': colour, '--ra-level-text': textColour(colour) } as CSSProperties}
        data-testid={`${kind}-card`} data-key={key} data-count={value}>
        <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v))} />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[12, 12]} className="kpi-row" data-testid="risk-cards">
      {riskLevels.map((l) => card(l, 'level', t(`risk.areas.levelCard.${l}`), data.byLevel[l] ?? 0, levelColour[l], `/risk?level=${l}`))}
      {riskStatuses.map((s) => card(s, 'status', t(`risk.status.${s}`), data.byStatus[s] ?? 0, statusColour[s], `/risk?status=${s}`))}
      {card('reviewLate', 'status', t('risk.areas.dashboard.reviewLate'), data.reviewLate, '#722ed1', '/risk?reviewLate=1')}
    </Row>
  );
}
