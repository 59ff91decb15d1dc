// Territories and grid cells with their level, score, the counts behind it, the rules that fired (in words), the
// supervision frequency and when it was computed.
import { Grid, List, Table, Tag, Tooltip } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/EmptyState';
import { formatDateTime, formatNumber } from '../../../shared/utils/format';
import { levelColour, levelRank, riskLevels, type AreaFactors, type AreaRiskItem, type RiskRules } from '../../api/risk-areas.types';
import { LevelTag } from '../LevelTag';
import { frequencyKey } from './rule-text';

const mhGrades = ['1', '2', '3', '4'] as const;

export function useFrequencyText(): (months: number) => string {
  const { t } = useTranslation();
  return (months) => {
    const f = frequencyKey(months);
    return t(`risk.areas.frequency.${f.key}`, { n: f.n });
  };
}

/**
 * A rule that fired (domain/risk/area-rule.ts: threshold.<level>, floor.<name>, population.unknown) as a sentence,
 * with the area's score and the thresholds and floors in force (when the rules are loaded).
 */
export function useReasonText(rules: RiskRules | undefined): (code: string, item: AreaRiskItem) => string {
  const { t, i18n } = useTranslation();
  return (code, item) => {
    const key = `risk.areas.reason.${code.replace(/[^A-Za-z0-9_]/g, '_')}`;
    if (!i18n.exists(key)) return code; // a rule the page does not know yet still shows its code
    const th = rules?.areaRule.thresholds;
    const threshold = !th ? '—' : code === 'threshold.blue' ? th.yellow : th[code.slice('threshold.'.length) as 'red' | 'orange' | 'yellow'];
    const floorName = code.slice('floor.'.length) as keyof RiskRules['areaRule']['floors'];
    const floor = rules?.areaRule.floors[floorName];
    return t(key, {
      score: formatNumber(item.score, 2),
      threshold: typeof threshold === 'number' ? formatNumber(threshold, 2) : '—',
      level: floor ? t(`risk.areas.levelLong.${floor}`) : '—',
    });
  };
}

export function FactorsCell({ f }: { f: AreaFactors }) {
  const { t } = useTranslation();
  const mh = mhGrades.filter((g) => (f.majorHazards[g] ?? 0) > 0);
  const rp = riskLevels.filter((l) => (f.riskPoints[l] ?? 0) > 0);
  return (
    <div className="ra-factors" data-testid="area-factors">
      <div>
        <span className="ra-factors__label">{t('risk.areas.factors.majorHazards')}</span>
        {mh.length ? mh.map((g) => <span key={g}>{t('risk.areas.factors.gradeN', { grade: t(`risk.areas.grade.${g}`), n: formatNumber(f.majorHazards[g]) })} </span>) : '0'}
      </div>
      <div>
        <span className="ra-factors__label">{t('risk.areas.factors.riskPoints')}</span>
        {rp.length ? rp.map((l) => (
          <span key={l} title={t(`risk.level.${l}`)}><i className="ra-dot" style={{ background: levelColour[l] }} />{formatNumber(f.riskPoints[l])}</span>
        )) : '0'}
        {f.outOfControl > 0 && <Tag color="red" style={{ marginLeft: 8 }}>{t('risk.areas.factors.outOfControl', { n: formatNumber(f.outOfControl) })}</Tag>}
      </div>
      <div>
        <span className="ra-factors__label">{t('risk.areas.factors.sensitiveTargets')}</span>{formatNumber(f.sensitiveTargets)}
        <span className="ra-factors__label" style={{ marginLeft: 12 }}>{t('risk.areas.factors.population')}</span>
        {f.population === null ? <span className="ra-factors__unknown" data-testid="population-unknown">{t('risk.areas.factors.unknown')}</span> : formatNumber(f.population)}
      </div>
    </div>
  );
}

/** On a phone: one card per area, everything the table's columns hold, stacked. */
function AreaRiskCards({ items, loading, rules }: { items: AreaRiskItem[]; loading: boolean; rules: RiskRules | undefined }) {
  const { t } = useTranslation();
  const frequency = useFrequencyText();
  const reason = useReasonText(rules);
  return (
    <List<AreaRiskItem>
      data-testid="area-risk-table"
      loading={loading}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
      locale={{ emptyText: <EmptyState description={t('risk.areas.list.empty')} /> }}
      renderItem={(r) => (
        <List.Item key={r.organisation.id} data-testid="area-row" data-org-id={r.organisation.id} data-level={r.level} data-kind={r.organisation.kind}>
          <div style={{ width: '100%' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginBottom: 4 }}>
              <span style={{ fontWeight: 600 }}>{r.organisation.name} <Tag>{t(`risk.areas.areaKind.${r.organisation.kind === 'grid' ? 'grid' : 'territory'}`)}</Tag></span>
              <span><LevelTag level={r.level} testId="area-level" /> <span data-testid="area-score">{formatNumber(r.score, 1)}</span></span>
            </div>
            <FactorsCell f={r.factors} />
            {r.reasons.length > 0 && <ul className="ra-reasons" data-testid="area-reasons">{r.reasons.map((c) => <li key={c} data-code={c}>{reason(c, r)}</li>)}</ul>}
            <div className="ra-factors__label" style={{ marginTop: 2 }}>
              {t('risk.areas.list.colFrequency')} <span data-testid="area-frequency">{frequency(r.supervisionMonths)}</span> · {formatDateTime(r.computedAt)}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

export function AreaRiskTable(props: { items: AreaRiskItem[]; loading: boolean; rules: RiskRules | undefined }) {
  const screens = Grid.useBreakpoint();
  return screens.md === false ? <AreaRiskCards {...props} /> : <AreaRiskWideTable {...props} />;
}

function AreaRiskWideTable({ items, loading, rules }: { items: AreaRiskItem[]; loading: boolean; rules: RiskRules | undefined }) {
  const { t } = useTranslation();
  const frequency = useFrequencyText();
  const reason = useReasonText(rules);
  const nameOf = new Map(items.map((i) => [i.organisation.id, i.organisation.name]));
  return (
    <Table<AreaRiskItem>
      data-testid="area-risk-table"
      size="small"
      rowKey={(r) => r.organisation.id}
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 1100 }}
      onRow={(r) => ({ 'data-testid': 'area-row', 'data-org-id': r.organisation.id, 'data-level': r.level, 'data-kind': r.organisation.kind } as HTMLAttributes<HTMLElement>)}
      locale={{ emptyText: <EmptyState description={t('risk.areas.list.empty')} /> }}
      columns={[
        {
          title: t('risk.areas.list.colArea'), key: 'name', width: 200, fixed: 'left',
          render: (_: unknown, r) => (
            <div>
              <div style={{ fontWeight: 600 }}>{r.organisation.name}</div>
              <Tag>{t(`risk.areas.areaKind.${r.organisation.kind === 'grid' ? 'grid' : 'territory'}`)}</Tag>
              {r.organisation.kind === 'grid' && r.parentId && nameOf.get(r.parentId) && <span className="ra-factors__label">{nameOf.get(r.parentId)}</span>}
              {!r.hasPolygon && <Tooltip title={t('risk.areas.list.noPolygonHint')}><Tag color="default">{t('risk.areas.list.noPolygon')}</Tag></Tooltip>}
            </div>
          ),
        },
        { title: t('risk.areas.list.colLevel'), dataIndex: 'level', width: 100, sorter: (a, b) => levelRank[b.level] - levelRank[a.level] || a.score - b.score, render: (_: unknown, r) => <LevelTag level={r.level} testId="area-level" /> },
        { title: t('risk.areas.list.colScore'), dataIndex: 'score', width: 90, align: 'right', sorter: (a, b) => a.score - b.score, render: (s: number) => <span data-testid="area-score">{formatNumber(s, 1)}</span> },
        { title: t('risk.areas.list.colFactors'), key: 'factors', width: 300, render: (_: unknown, r) => <FactorsCell f={r.factors} /> },
        {
          title: t('risk.areas.list.colReasons'), key: 'reasons',
          render: (_: unknown, r) => (r.reasons.length
            ? <ul className="ra-reasons" data-testid="area-reasons">{r.reasons.map((c) => <li key={c} data-code={c}>{reason(c, r)}</li>)}</ul>
            : <span className="ra-factors__unknown">{t('risk.areas.list.noReasons')}</span>),
        },
        { title: t('risk.areas.list.colFrequency'), dataIndex: 'supervisionMonths', width: 120, render: (m: number) => <span data-testid="area-frequency">{frequency(m)}</span> },
        { title: t('risk.areas.list.colComputed'), dataIndex: 'computedAt', width: 150, render: (s: string) => formatDateTime(s) },
      ]}
    />
  );
}
