// A chemical name field that searches the catalog as the user types (by name, alias or CAS). Free text stays
// allowed — a substance outside the catalog is declared by its name and hazard categories — and picking a hit
// hands the whole hit (Table 1 row, CAS, categories) to the caller.
import { AutoComplete } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chemicalsApi } from '../api/chemicals.api';
import type { ChemicalHit } from '../api/chemicals.types';

type Props = {
  value?: string;
  onChange?: (value: string) => void;
  onPick: (hit: ChemicalHit) => void;
  placeholder?: string;
  testId?: string;
};

const hitKey = (h: ChemicalHit) => `${h.source}:${h.table1Serial ?? h.catalogEntryId ?? h.name}`;

export function ChemicalSearchInput({ value, onChange, onPick, placeholder, testId }: Props) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<ChemicalHit[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); abort.current?.abort(); }, []);

  const search = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    abort.current?.abort();
    if (q.trim().length < 1) { setHits([]); return; }
    timer.current = setTimeout(() => {
      const controller = new AbortController();
      abort.current = controller;
      chemicalsApi.search(q.trim(), 12, controller.signal).then(
        (r) => { if (!controller.signal.aborted) setHits(r.items); },
        () => { if (!controller.signal.aborted) setHits([]); }, // a half-typed CAS answers 400: just no suggestions
      );
    }, 250);
  };

  return (
    <AutoComplete
      value={value}
      data-testid={testId}
      placeholder={placeholder ?? t('chemicals.search.pickPlaceholder')}
      onSearch={search}
      onChange={(v) => onChange?.(v)}
      onSelect={(_v, option) => { const hit = hits.find((h) => hitKey(h) === (option as { key?: string }).key); if (hit) onPick(hit); }}
      popupMatchSelectWidth={360}
      options={hits.map((h) => ({ key: hitKey(h), value: h.name, label: h.name }))}
      // The two-line suggestion is drawn only in the list: as a label it would also fill the field once picked.
      optionRender={(option) => {
        const h = hits.find((x) => hitKey(x) === (option.data as { key?: string }).key);
        if (!h) return option.label;
        return (
          <div data-testid="chemical-option" data-name={h.name}>
            <div>{h.name}{h.cas.length > 0 && <span className="sub-text mono"> {h.cas.join(' / ')}</span>}</div>
            <div className="sub-text">
              {h.table1Serial !== null
                ? t('chemicals.search.table1Short', { serial: h.table1Serial, q: String(h.thresholdTonnes ?? '—') })
                : t('chemicals.search.notTable1')}
              {h.aliases.length > 0 && ` · ${h.aliases.slice(0, 3).join('、')}`}
            </div>
          </div>
        );
      }}
    />
  );
}
