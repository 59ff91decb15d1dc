// The plan's milestones in date order, with a marker at the "as of" date: what is behind us is grey, what is
// ahead blue, the next one highlighted.
import { ClockCircleOutlined, FlagOutlined } from '@ant-design/icons';
import { Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/plans.types';
import { formatDate } from '../../shared/utils/format';

export function PlanTimeline({ items, asOf }: { items: Dashboard['timeline']; asOf: string }) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date));
  const nextIndex = sorted.findIndex((i) => i.date >= asOf);
  const entries = sorted.map((i, idx) => ({
    key: `${i.date}-${idx}`,
    color: idx === nextIndex ? 'red' : i.date < asOf ? 'gray' : 'blue',
    icon: idx === nextIndex ? <FlagOutlined /> : undefined,
    title: <span className="timeline-date">{formatDate(i.date)}</span>,
    content: (
      <span className={i.date < asOf ? 'timeline-past' : undefined}>
        {i.taskNo !== null && <Tag className="timeline-task">{t('plans.taskNo', { no: i.taskNo })}</Tag>}
        {i.label}
        {i.kind && <Tag bordered={false} color="default" className="timeline-kind">{t(`milestoneKind.${i.kind}`, { defaultValue: i.kind })}</Tag>}
      </span>
    ),
  }));
  const asOfEntry = { key: 'as-of', color: 'green', icon: <ClockCircleOutlined />, title: <b>{formatDate(asOf)}</b>, content: <b>{t('plans.asOfMarker')}</b> };
  const at = nextIndex < 0 ? entries.length : nextIndex;
  const all = [...entries.slice(0, at), asOfEntry, ...entries.slice(at)];
  return (
    <div className="timeline-scroll" data-testid="plan-timeline">
      <Timeline mode="start" titleSpan="110px" items={all} />
    </div>
  );
}
