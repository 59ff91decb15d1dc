// Counts by grade as coloured cards (一级 red … 四级 blue), plus the units that cannot be graded yet. A click
// filters the register by that grade or state (a second click clears it).
import { Card, Col, Row, Statistic } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/utils/format';
import { grades, type CountsByGrade, type Grade, type ListStatus, type MajorHazardStats } from '../api/major-hazards.types';
import { gradeHex } from '../utils/grade-colors';

type Props = {
  stats: MajorHazardStats | undefined;
  counts: CountsByGrade | undefined;
  active: Grade | undefined;
  activeStatus: ListStatus | undefined;
  onPick: (grade: Grade | undefined) => void;
  onPickStatus: (status: ListStatus | undefined) => void;
};

function countOf(grade: Grade, stats: MajorHazardStats | undefined, counts: CountsByGrade | undefined): number {
  const fromStats = stats?.byGrade.find((g) => Number(g.grade) === grade)?.count;
  return fromStats ?? counts?.[grade] ?? 0;
}

export function GradeStatCards({ stats, counts, active, activeStatus, onPick, onPickStatus }: Props) {
  const { t } = useTranslation();
  const card = (key: string, title: string, value: number, color: string, textColor: string, onClick?: () => void, isActive = false) => (
    <Col xs={12} sm={8} xl={4} key={key}>
      <Card variant="borderless" className={`mh-grade-card${isActive ? ' mh-grade-card--active' : ''}`} onClick={onClick}
        style={{ '--mh-grade': color, '--mh-grade-text': textColor } as CSSProperties}
        data-testid="grade-card" data-key={key} data-count={value}>
        <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v))} />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[12, 12]} className="kpi-row mh-grade-cards" data-testid="grade-cards">
      {grades.map((g) => card(String(g), t(`majorHazards.register.gradeCard.${g}`), countOf(g, stats, counts), gradeHex[g],
        g === 3 ? '#ad8b00' : gradeHex[g], () => onPick(active === g ? undefined : g), active === g))}
      {card('needsPopulation', t('majorHazards.register.needsPopulationCard'), counts?.needsPopulation ?? 0, '#faad14', '#d48806',
        () => onPickStatus(activeStatus === 'needs_population' ? undefined : 'needs_population'), activeStatus === 'needs_population')}
      {card('incomplete', t('majorHazards.register.incompleteCard'), counts?.incomplete ?? 0, '#8c8c8c', '#595959',
        () => onPickStatus(activeStatus === 'incomplete' ? undefined : 'incomplete'), activeStatus === 'incomplete')}
    </Row>
  );
}
