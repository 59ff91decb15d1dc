// The chemical of one inventory line: search-as-you-type over GB 18218 Table 1 and the catalog (name, alias or
// CAS), showing each candidate's Table 1 row, threshold and list flags. A shared name (硝化棉) asks for the Table 1
// row; a chemical outside Table 1 asks for its Table 2 hazard categories (and which one sets β when they differ).
import { AutoComplete, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/utils/format';
import type { ChemicalHit, HazardCategory } from '../api/enterprises.types';
import { useChemicalSearch } from '../hooks/use-chemical-search';
import { applyHit, CATEGORY_PROBLEMS, resolveTyped, type InventoryRow } from '../utils/inventory-rows';
import { FlagTags } from './Tags';

const hitKey = (h: ChemicalHit) => (h.table1Serial !== null ? `t1:${h.table1Serial}` : `cat:${h.catalogEntryId ?? h.name}`);

export function ChemicalCell({ row, onChange, categories, disabled, invalid }: {
  row: InventoryRow; onChange: (r: InventoryRow) => void; categories: HazardCategory[]; disabled?: boolean; invalid?: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [typing, setTyping] = useState(false);
  const [askCategories, setAskCategories] = useState(false);
  const search = useChemicalSearch(typing ? query : '');
  const q = (v: string | null) => (v === null ? '—' : t('enterprises.inventory.tonnes', { value: formatNumber(Number(v), 4) }));

  const options = search.hits.map((h) => ({
    value: hitKey(h),
    label: (
      <div className="ent-chem-option" data-testid="chemical-option">
        <div><b>{h.name}</b> {h.cas.length > 0 && <span className="mono sub-text">{h.cas.join(' / ')}</span>}</div>
        <div className="sub-text">
          {h.table1Serial !== null
            ? t('enterprises.inventory.table1Row', { serial: h.table1Serial, q: q(h.thresholdTonnes) })
            : t('enterprises.inventory.catalogRow', { symbols: h.hazardSymbols.join('、') || '—' })}
          {h.aliases.length > 0 && ` · ${t('enterprises.inventory.aliases', { names: h.aliases.join('、') })}`}
        </div>
        <div className="ent-flag-row"><FlagTags flags={h.flags} showUnknown /></div>
      </div>
    ),
  }));

  const categoryOptions = categories.map((c) => ({ value: c.symbol, label: t('enterprises.inventory.categoryOption', { symbol: c.symbol, category: c.category, q: c.thresholdTonnes }) }));
  const chosen = categories.filter((c) => row.hazardSymbols.includes(c.symbol));
  // Categories are asked for outside Table 1 (they give Q), and for a Table 1 substance when its β needs them
  // (not in Table 3: the last identification said so, they were given before, or the user asks).
  const needsCategories = row.problems.some((p) => CATEGORY_PROBLEMS.includes(p));
  const showCategories = row.chemicalName.trim() !== '' && (row.outsideTable1 || needsCategories || askCategories);
  // A Table 1 line whose categories were given and raise no problem: shown as text, editable on demand.
  const quietCategories = !showCategories && !row.outsideTable1 && row.hazardSymbols.length > 0;
  const askBeta = row.outsideTable1 || row.problems.some((p) => p === 'choose_beta_symbol' || p === 'beta_symbol_not_among_categories') || !!row.betaSymbol;
  const lowestQ = chosen.reduce<number | null>((m, c) => (m === null || Number(c.thresholdTonnes) < m ? Number(c.thresholdTonnes) : m), null);

  return (
    <div className="ent-chem-cell" data-testid="chemical-cell">
      <AutoComplete
        value={row.chemicalName}
        options={options}
        disabled={disabled}
        status={invalid ? 'error' : undefined}
        placeholder={t('enterprises.inventory.chemicalPlaceholder')}
        popupMatchSelectWidth={360}
        notFoundContent={search.loading ? t('common.loading') : query.trim() ? (search.casProblem ? t('enterprises.inventory.casCheck') : t('enterprises.inventory.noMatch')) : null}
        onSearch={(v) => { setQuery(v); setTyping(true); onChange({ ...row, chemicalName: v, table1Serial: null, thresholdTonnes: null, candidates: [], traced: null, outsideTable1: false, flags: null, problems: [] }); }}
        onSelect={(key: string) => {
          const h = search.hits.find((x) => hitKey(x) === key);
          if (h) onChange(applyHit(row, h));
          setTyping(false);
        }}
        onBlur={() => { if (typing) { onChange(resolveTyped(row, search.hits)); setTyping(false); } }}
        data-testid="inventory-chemical"
        style={{ width: '100%' }}
      />
      <div className="ent-chem-meta">
        {row.traced && (
          <Typography.Text type="secondary" data-testid="inventory-traced">
            {row.traced.table === 1
              ? t('enterprises.inventory.table1Row', { serial: row.traced.serial, q: t('enterprises.inventory.tonnes', { value: row.traced.Q }) })
              : t('enterprises.inventory.table2Row', { symbol: row.traced.symbol, q: t('enterprises.inventory.tonnes', { value: row.traced.Q }) })}
          </Typography.Text>
        )}
        {!row.traced && row.table1Serial !== null && !row.outsideTable1 && (
          <Typography.Text type="secondary" data-testid="inventory-table1">
            {t('enterprises.inventory.table1Row', { serial: row.table1Serial, q: q(row.thresholdTonnes) })}
          </Typography.Text>
        )}
        {row.candidates.length > 0 && (
          <Select size="small" placeholder={t('enterprises.inventory.chooseRow')} status="warning" className="ent-chem-choose" data-testid="inventory-choose-row"
            onChange={(serial: number) => { const c = row.candidates.find((x) => x.serial === serial); onChange({ ...row, table1Serial: serial, thresholdTonnes: c?.thresholdTonnes ?? null, candidates: [], chemicalName: c?.name ?? row.chemicalName }); }}
            options={row.candidates.map((c) => ({ value: c.serial, label: t('enterprises.inventory.candidate', { serial: c.serial, name: c.name, q: q(c.thresholdTonnes) }) }))} />
        )}
        {showCategories && (
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            {row.outsideTable1 ? (
              <Space size={4} wrap>
                <Tag color="orange">{t('enterprises.inventory.outsideTable1')}</Tag>
                {lowestQ !== null && <Typography.Text type="secondary">{t('enterprises.inventory.table2Q', { q: q(String(lowestQ)) })}</Typography.Text>}
              </Space>
            ) : (
              <Typography.Text type={needsCategories ? 'warning' : 'secondary'}>{t('enterprises.inventory.categoriesForBeta')}</Typography.Text>
            )}
            <Select mode="multiple" size="small" placeholder={t('enterprises.inventory.categoriesPlaceholder')} value={row.hazardSymbols} disabled={disabled}
              status={row.hazardSymbols.length === 0 || needsCategories ? 'warning' : undefined} options={categoryOptions} optionFilterProp="label" style={{ width: '100%' }}
              onChange={(v: string[]) => onChange({ ...row, hazardSymbols: v, betaSymbol: v.includes(row.betaSymbol ?? '') ? row.betaSymbol : null })} data-testid="inventory-categories" />
            {row.hazardSymbols.length > 1 && askBeta && (
              <Select size="small" placeholder={t('enterprises.inventory.betaPlaceholder')} value={row.betaSymbol ?? undefined} disabled={disabled} style={{ width: '100%' }}
                onChange={(v: string) => onChange({ ...row, betaSymbol: v })}
                options={chosen.map((c) => ({ value: c.symbol, label: t('enterprises.inventory.betaOption', { symbol: c.symbol, beta: c.beta }) }))} />
            )}
          </Space>
        )}
        {quietCategories && (
          <span className="sub-text">
            {t('enterprises.inventory.categoriesGiven', { symbols: row.hazardSymbols.join('、') })}
            {!disabled && <> <Typography.Link onClick={() => setAskCategories(true)}>{t('enterprises.inventory.change')}</Typography.Link></>}
          </span>
        )}
        {!showCategories && !quietCategories && !disabled && row.chemicalName.trim() !== '' && (
          <Typography.Link className="sub-text" onClick={() => setAskCategories(true)} data-testid="inventory-ask-categories">{t('enterprises.inventory.addCategories')}</Typography.Link>
        )}
        <div className="ent-flag-row"><FlagTags flags={row.flags} /></div>
      </div>
    </div>
  );
}
