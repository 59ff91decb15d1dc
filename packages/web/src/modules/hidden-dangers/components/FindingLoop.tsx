// The closed loop as Steps: 发现 → 整改方案 → 整改完成待核查 → 核查闭环, each with its date, the returns and reopenings counted.
import { Steps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../shared/utils/format';
import type { Finding } from '../api/hidden-dangers.types';
import { loopPosition, loopSteps } from '../utils/loop';

export function FindingLoop({ finding: f }: { finding: Finding }) {
  const { t } = useTranslation();
  const { current, state } = loopPosition(f.status, f.returnCount > 0);
  const planAt = f.timeline.filter((e) => e.action === 'submit_plan').at(-1)?.at ?? null;
  const when = [formatDate(f.foundOn), planAt ? formatDateTime(planAt) : '', f.submittedAt ? formatDateTime(f.submittedAt) : '', f.closedAt ? formatDateTime(f.closedAt) : ''];
  return (
    <div data-testid="hd-loop" data-current={current} data-state={state}>
      <Steps current={current} status={state} responsive size="small"
        items={loopSteps.map((s, i) => ({ title: t(`hiddenDangers.loop.${s}`), content: i <= current ? when[i] || undefined : undefined }))} />
      {(f.returnCount > 0 || f.reopenCount > 0) && (
        <div style={{ marginTop: 8 }}>
          {f.returnCount > 0 && <Tag color="orange" data-testid="hd-return-count">{t('hiddenDangers.loop.returned', { count: f.returnCount })}</Tag>}
          {f.reopenCount > 0 && <Tag color="volcano" data-testid="hd-reopen-count">{t('hiddenDangers.loop.reopened', { count: f.reopenCount })}</Tag>}
        </div>
      )}
    </div>
  );
}
