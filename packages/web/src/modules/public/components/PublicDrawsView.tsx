// 双随机抽查结果: each published draw with its plan, date, the seed and algorithm (anyone can re-run it: see
// docs/inspections-draw.md), the enterprises drawn and, once submitted, the result of each inspection.
import { Card, Descriptions, Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/utils/format';
import type { PublicDraw } from '../api/public.api';
import { textOf } from '../api/public-values';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null);

/** The draw's plan title, wherever the feed put it. */
function titleOf(d: PublicDraw): string {
  const plan = d.plan as { title?: string } | undefined;
  return str(d.planTitle) ?? str(plan?.title) ?? str(d.title) ?? '—';
}

type Drawn = { name: string; territory: string | null; result: string | null; findingCount: number | null };
function drawnOf(d: PublicDraw): Drawn[] {
  const list = (Array.isArray(d.enterprises) ? d.enterprises : Array.isArray(d.result) ? d.result : Array.isArray(d.items) ? d.items : []) as Record<string, unknown>[];
  return list.map((x) => {
    const ent = (x.enterprise ?? x) as Record<string, unknown>;
    const r = x.result ?? x.inspection ?? x.status ?? null;
    const territory = ent.territory ?? x.territory;
    return { name: textOf(ent.name ?? ent), territory: territory === null || territory === undefined || territory === '' ? null : textOf(territory),
      result: r === null ? null : typeof r === 'object' ? textOf((r as Record<string, unknown>).status ?? (r as Record<string, unknown>).result ?? r) : String(r),
      findingCount: typeof x.findingCount === 'number' ? x.findingCount : null };
  });
}

export function PublicDrawsView({ items }: { items: PublicDraw[] }) {
  const { t } = useTranslation();
  if (!items.length) return <Empty description={t('public.empty.draws')} data-testid="public-draws-empty" />;
  return (
    <div data-testid="public-draws">
      {items.map((d, i) => {
        const drawn = drawnOf(d);
        return (
          <Card key={String(d.id ?? i)} size="small" className="content-card" title={titleOf(d)} data-testid="public-draw">
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('public.draw.date')}>{formatDate(str(d.drawnOn) ?? str(d.drawnAt) ?? str(d.publishedOn) ?? str(d.date))}</Descriptions.Item>
              {str(d.organisation) && <Descriptions.Item label={t('public.draw.organisation')}>{str(d.organisation)}</Descriptions.Item>}
              <Descriptions.Item label={t('public.draw.seed')}><span className="mono" data-testid="public-draw-seed">{str(d.seed) ?? '—'}</span></Descriptions.Item>
              <Descriptions.Item label={t('public.draw.algorithm')}>{str(d.algorithm) ?? '—'}</Descriptions.Item>
            </Descriptions>
            <List size="small" header={t('public.draw.drawn', { count: drawn.length })} dataSource={drawn}
              renderItem={(x) => (
                <List.Item>
                  <span>{x.name}{x.territory && <span className="sub-text"> · {x.territory}</span>}</span>
                  <span>
                    {x.result ? <Tag color="blue">{t(`public.draw.status.${x.result}`, { defaultValue: x.result })}</Tag> : <Tag>{t('public.draw.pending')}</Tag>}
                    {x.findingCount !== null && <Tag color={x.findingCount > 0 ? 'orange' : 'green'}>{t('public.draw.findings', { count: x.findingCount })}</Tag>}
                  </span>
                </List.Item>
              )} />
          </Card>
        );
      })}
    </div>
  );
}
