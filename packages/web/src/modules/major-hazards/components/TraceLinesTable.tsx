// The calculation line by line: each substance with q, Q and the table row Q came from, q/Q, β and its source,
// and β·q/Q. A line that could not be counted stays in its place with the reason, so nothing disappears.
import { WarningOutlined } from '@ant-design/icons';
import { Grid, Table, Tag, Tooltip } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identification, TraceLine, TraceProblem } from '../api/major-hazards.types';
import { BetaSource, ThresholdSource } from './TraceSources';
import { TraceNum } from './TraceNum';

type Row = { index: number; name: string; line: TraceLine | null; problems: TraceProblem[] };

function rowsOf(trace: Identification, lineNames: readonly string[]): Row[] {
  if (trace.status === 'empty') return [];
  const problems = trace.status === 'incomplete' ? trace.problems : [];
  const byIndex = new Map<number, Row>();
  for (const line of trace.lines) byIndex.set(line.index, { index: line.index, name: line.name, line, problems: [] });
  for (const p of problems) {
    if (p.index === null) continue;
    const row = byIndex.get(p.index) ?? { index: p.index, name: lineNames[p.index] ?? '', line: null, problems: [] };
    row.problems.push(p);
    byIndex.set(p.index, row);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** On a phone each line is a short block (q / Q = ratio, β → contribution) instead of a nine-column table. */
function TraceLinesList({ rows, graded }: { rows: Row[]; graded: boolean }) {
  const { t } = useTranslation();
  return (
    <ol className="mh-line-list" data-testid="trace-lines">
      {rows.map((r) => (
        <li key={r.index} className={r.line ? 'mh-line-item' : 'mh-line-item mh-line--problem'} data-testid="trace-line" data-index={r.index}>
          <div className="mh-line-item__name">
            {r.index + 1}. <span data-testid="trace-line-name">{r.name || t('majorHazards.trace.lineN', { n: r.index + 1 })}</span>
            {!r.line && <Tag color="warning" icon={<WarningOutlined />} style={{ marginLeft: 6 }}>{t('majorHazards.trace.notCounted')}</Tag>}
          </div>
          {r.line && (
            <>
              <div>q <TraceNum n={r.line.q} testId="trace-q" /> t ÷ Q <TraceNum n={r.line.Q} testId="trace-Q" /> t = <TraceNum n={r.line.ratio} testId="trace-ratio" /></div>
              <ThresholdSource source={r.line.thresholdSource} />
              {graded && r.line.beta && (
                <div>β <TraceNum n={r.line.beta} testId="trace-beta" /> → β·q/Q = <TraceNum n={r.line.contribution} testId="trace-contribution" />{' '}<BetaSource source={r.line.betaSource} /></div>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

export function TraceLinesTable({ trace, lineNames = [] }: { trace: Identification; lineNames?: readonly string[] }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const rows = rowsOf(trace, lineNames);
  const graded = trace.status === 'graded';
  if (screens.md === false) return <TraceLinesList rows={rows} graded={graded} />;
  return (
    <Table<Row>
      data-testid="trace-lines"
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 960 }}
      rowClassName={(r) => (r.line ? '' : 'mh-line--problem')}
      onRow={(r) => ({ 'data-testid': 'trace-line', 'data-index': r.index } as HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'no', title: t('majorHazards.trace.no'), width: 52, render: (_: unknown, r) => r.index + 1 },
        {
          key: 'name', title: t('majorHazards.trace.substance'), width: 160,
          render: (_: unknown, r) => (
            <>
              <span data-testid="trace-line-name">{r.name || t('majorHazards.trace.lineN', { n: r.index + 1 })}</span>
              {!r.line && (
                <Tooltip title={t('majorHazards.trace.notCountedTip')}>
                  <Tag color="warning" icon={<WarningOutlined />} style={{ marginLeft: 6 }}>{t('majorHazards.trace.notCounted')}</Tag>
                </Tooltip>
              )}
            </>
          ),
        },
        { key: 'q', title: t('majorHazards.trace.q'), align: 'right', width: 100, render: (_: unknown, r) => <TraceNum n={r.line?.q} testId="trace-q" /> },
        { key: 'Q', title: t('majorHazards.trace.Q'), align: 'right', width: 90, render: (_: unknown, r) => <TraceNum n={r.line?.Q} testId="trace-Q" /> },
        { key: 'Qsrc', title: t('majorHazards.trace.QSource'), width: 220, render: (_: unknown, r) => (r.line ? <ThresholdSource source={r.line.thresholdSource} /> : '—') },
        { key: 'ratio', title: t('majorHazards.trace.ratio'), align: 'right', width: 90, render: (_: unknown, r) => <TraceNum n={r.line?.ratio} testId="trace-ratio" /> },
        { key: 'beta', title: 'β', align: 'right', width: 60, render: (_: unknown, r) => (graded ? <TraceNum n={r.line?.beta} testId="trace-beta" /> : '—') },
        { key: 'betaSrc', title: t('majorHazards.trace.betaSource'), width: 150, render: (_: unknown, r) => (graded && r.line ? <BetaSource source={r.line.betaSource} /> : '—') },
        { key: 'contribution', title: t('majorHazards.trace.contribution'), align: 'right', width: 100, render: (_: unknown, r) => (graded ? <TraceNum n={r.line?.contribution} testId="trace-contribution" /> : '—') },
      ]}
    />
  );
}
