// A unit's inventory as an editable table (GB 18218 4.2.2: the design maximum quantity of each substance).
// Save replaces the unit's lines and the server recomputes S, R and the grade; a rejected line is marked on its
// own row, with the server's message under it, and nothing is saved.
import { DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Input, Select, Space, Table } from 'antd';
import { useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiErrorDetail } from '../../shared/api/client';
import { useErrorReporter, useSuccess } from '../../shared/hooks/use-error-reporter';
import { enterprisesApi } from '../api/enterprises.api';
import { densityUnits, physicalStates, quantityUnits, type Unit } from '../api/enterprises.types';
import { useHazardCategories } from '../hooks/use-chemical-search';
import { columnOf } from '../utils/form-errors';
import { emptyRow, isDecimal, linesOf, problemsOf, rowOf, sentIndexMap, tracedOf, type InventoryRow } from '../utils/inventory-rows';
import { ChemicalCell } from './ChemicalCell';

const containerSuggestions = ['储罐', '球罐', '钢瓶', '桶', '袋', '槽车', '管道', '反应釜'];

export function InventoryEditor({ unit, editable, onSaved }: { unit: Unit; editable: boolean; onSaved: (u: Unit) => void }) {
  const { t } = useTranslation();
  const categories = useHazardCategories();
  const report = useErrorReporter();
  const success = useSuccess();
  const initial = useMemo(() => unit.lines.map((l, i) => rowOf(l, tracedOf(unit.identification, i), problemsOf(unit.identification, i))), [unit.lines, unit.identification]);
  const [rows, setRows] = useState<InventoryRow[]>(initial);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Map<number, ApiErrorDetail[]>>(new Map());
  const [general, setGeneral] = useState<string | null>(null);
  useEffect(() => { setRows(initial); setDirty(false); setErrors(new Map()); }, [initial]);

  const update = (i: number, r: InventoryRow) => { setRows((rs) => rs.map((x, j) => (j === i ? r : x))); setDirty(true); };
  const patch = (i: number, p: Partial<InventoryRow>) => { setRows((rs) => rs.map((x, j) => (j === i ? { ...x, ...p } : x))); setDirty(true); };
  const bad = (i: number, col: string) => (errors.get(i) ?? []).some((d) => columnOf(d.field) === col) ? 'error' as const : undefined;

  const save = async () => {
    // Quick checks before the round trip; the server checks everything again.
    const local = new Map<number, ApiErrorDetail[]>();
    rows.forEach((r, i) => {
      const list: ApiErrorDetail[] = [];
      const blank = !r.chemicalName.trim() && !r.cas.trim() && !r.quantity.trim();
      if (blank) return;
      if (!r.chemicalName.trim()) list.push({ field: 'chemicalName', code: 'required', message: t('enterprises.inventory.nameRequired') });
      if (!isDecimal(r.quantity)) list.push({ field: 'quantity', code: 'decimal', message: t('enterprises.inventory.quantityRule') });
      if (r.quantityUnit === 'm3' && !isDecimal(r.density)) list.push({ field: 'density', code: 'density', message: t('enterprises.inventory.densityRule') });
      if (r.candidates.length > 0) list.push({ field: 'table1Serial', code: 'choose', message: t('enterprises.inventory.chooseRowFirst') });
      if (list.length) local.set(i, list);
    });
    setErrors(local);
    setGeneral(null);
    if (local.size > 0) return;
    const order = sentIndexMap(rows);
    setBusy(true);
    try {
      const saved = await enterprisesApi.saveInventory(unit.id, linesOf(rows));
      success(t('enterprises.inventory.saved'));
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0) {
        const byRow = new Map<number, ApiErrorDetail[]>();
        const unplaced: string[] = [];
        for (const d of e.details) {
          const sent = d.row !== undefined && d.row !== null ? d.row - 1 : /^lines[.[](\d+)/.exec(d.field ?? '')?.[1];
          const at = sent === undefined ? undefined : order[Number(sent)];
          if (at === undefined) unplaced.push(d.message);
          else byRow.set(at, [...(byRow.get(at) ?? []), d]);
        }
        setErrors(byRow);
        setGeneral([byRow.size > 0 ? t('enterprises.inventory.rowsRejected', { count: byRow.size }) : e.message, ...unplaced].join(' / '));
      } else report(e);
    } finally {
      setBusy(false);
    }
  };

  const errorKeys = [...errors.keys()].map((i) => rows[i]?.key).filter((k): k is string => !!k);
  const ro = !editable;

  return (
    <div className="ent-inventory" data-testid="inventory-editor">
      {general && <Alert type="error" showIcon className="page-alert" title={general} data-testid="inventory-error" />}
      <Table<InventoryRow>
        size="small" rowKey="key" dataSource={rows} pagination={false} scroll={{ x: 1080 }} data-testid="inventory-table"
        rowClassName={(_, i) => (errors.has(i) ? 'ent-row--error' : '')}
        onRow={(r, i) => ({ 'data-testid': 'inventory-row', 'data-row': (i ?? 0) + 1, 'data-has-error': errors.has(i ?? -1) ? '1' : '0', 'data-chemical': r.chemicalName } as HTMLAttributes<HTMLElement>)}
        expandable={{
          expandedRowKeys: errorKeys, showExpandColumn: false,
          expandedRowRender: (_r, i) => (
            <ul className="ent-row-errors" data-testid="inventory-row-errors">
              {(errors.get(i) ?? []).map((d, k) => <li key={k}>{d.field && <b>{t('enterprises.inventory.fieldLabel', { field: t(`enterprises.inventory.col.${columnOf(d.field) ?? 'chemicalName'}`, { defaultValue: d.field }) })}</b>}{d.message}</li>)}
            </ul>
          ),
        }}
        locale={{ emptyText: t('enterprises.inventory.none') }}
        columns={[
          { key: 'no', title: '#', width: 40, render: (_: unknown, _r, i) => i + 1 },
          { key: 'chemical', title: t('enterprises.inventory.col.chemicalName'), width: 300,
            render: (_: unknown, r, i) => <ChemicalCell row={r} categories={categories} disabled={ro} invalid={!!bad(i, 'chemicalName') || !!bad(i, 'table1Serial') || !!bad(i, 'hazardSymbols')} onChange={(x) => update(i, x)} /> },
          { key: 'cas', title: t('enterprises.inventory.col.cas'), width: 150,
            render: (_: unknown, r, i) => <Input value={r.cas} disabled={ro} status={bad(i, 'cas')} className="mono" maxLength={14} onChange={(e) => patch(i, { cas: e.target.value })} data-testid="inventory-cas" /> },
          { key: 'quantity', title: t('enterprises.inventory.col.quantity'), width: 210,
            render: (_: unknown, r, i) => (
              <Space.Compact block>
                <Input value={r.quantity} disabled={ro} status={bad(i, 'quantity')} inputMode="decimal" onChange={(e) => patch(i, { quantity: e.target.value })} data-testid="inventory-quantity" />
                <Select value={r.quantityUnit} disabled={ro} style={{ width: 72 }} onChange={(v) => patch(i, { quantityUnit: v })}
                  options={quantityUnits.map((u) => ({ value: u, label: t(`enterprises.inventory.unit.${u}`) }))} data-testid="inventory-unit" />
              </Space.Compact>
            ) },
          { key: 'density', title: t('enterprises.inventory.col.density'), width: 190,
            render: (_: unknown, r, i) => r.quantityUnit === 'm3' ? (
              <Space.Compact block>
                <Input value={r.density} disabled={ro} status={bad(i, 'density')} inputMode="decimal" onChange={(e) => patch(i, { density: e.target.value })} data-testid="inventory-density" />
                <Select value={r.densityUnit} disabled={ro} style={{ width: 84 }} onChange={(v) => patch(i, { densityUnit: v })} options={densityUnits.map((u) => ({ value: u, label: t(`enterprises.inventory.unit.${u}`) }))} />
              </Space.Compact>
            ) : <span className="sub-text">{t('enterprises.inventory.densityOnlyM3')}</span> },
          { key: 'state', title: t('enterprises.inventory.col.physicalState'), width: 120,
            render: (_: unknown, r, i) => <Select value={r.physicalState ?? undefined} allowClear disabled={ro} style={{ width: '100%' }} onChange={(v) => patch(i, { physicalState: v ?? null })}
              options={physicalStates.map((s) => ({ value: s, label: t(`enterprises.inventory.state.${s}`) }))} /> },
          { key: 'container', title: t('enterprises.inventory.col.containerType'), width: 120,
            render: (_: unknown, r, i) => <AutoComplete value={r.containerType} disabled={ro} style={{ width: '100%' }} onChange={(v: string) => patch(i, { containerType: v })}
              options={containerSuggestions.map((c) => ({ value: c }))} /> },
          ...(editable ? [{ key: 'del', title: '', width: 44,
            render: (_: unknown, _r: InventoryRow, i: number) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('enterprises.common.delete')}
              onClick={() => { setRows((rs) => rs.filter((_x, j) => j !== i)); setErrors(new Map()); setDirty(true); }} /> }] : []),
        ]}
      />
      {editable && (
        <Space wrap className="ent-inventory__actions">
          <Button icon={<PlusOutlined />} onClick={() => { setRows((rs) => [...rs, emptyRow()]); setDirty(true); }} data-testid="inventory-add">{t('enterprises.inventory.add')}</Button>
          <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={!dirty} onClick={() => { void save(); }} data-testid="inventory-save">{t('enterprises.inventory.save')}</Button>
          {dirty && <Button icon={<UndoOutlined />} onClick={() => { setRows(initial); setDirty(false); setErrors(new Map()); setGeneral(null); }}>{t('enterprises.inventory.discard')}</Button>}
          {dirty && <span className="sub-text">{t('enterprises.inventory.unsaved')}</span>}
        </Space>
      )}
    </div>
  );
}
