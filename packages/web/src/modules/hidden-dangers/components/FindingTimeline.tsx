// The finding's history from the audit chain, newest first: who did what, the status it moved from and to, the note.
import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/components/EmptyState';
import { formatDateTime } from '../../shared/utils/format';
import type { TimelineItem } from '../api/hidden-dangers.types';
import { actorName, timelineColour } from '../utils/timeline';

export function FindingTimeline({ items }: { items: TimelineItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <EmptyState description={t('hiddenDangers.timeline.none')} />;
  const sorted = [...items].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline data-testid="hd-timeline"
      items={sorted.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: timelineColour(e.action),
        content: (
          <div data-testid="hd-timeline-item" data-action={e.action}>
            <b>{t(`hiddenDangers.action.${e.action}`, { defaultValue: e.action })}</b>
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
              <span className="sub-text"> · {t(`hiddenDangers.status.${e.fromStatus}`)} → {t(`hiddenDangers.status.${e.toStatus}`)}</span>
            )}
            <div className="sub-text">{formatDateTime(e.at)}{actorName(e.actor) ? ` · ${actorName(e.actor)}` : ''}</div>
            {e.note && <div data-testid="hd-timeline-note">{e.note}</div>}
          </div>
        ),
      }))} />
  );
}
