// Which checklist an enterprise is inspected with: its enterprise type, from what the enterprise record says it does
// (activities) and, for filling stations and warehouses, from its industry or name (the record has no finer field).
// The first rule that matches wins, in order of how much a visit must cover: a producer that also stores is a producer.
import type { EnterpriseType } from './types.js';

const FILLING = /加油|加气|加注|加氢|filling station|gas station/i;
const WAREHOUSING = /仓储|物流|仓库|warehous|logistic/i;

export function enterpriseTypeOf(e: { activities: readonly string[]; industry?: string | null; name?: string | null }): EnterpriseType {
  const text = `${e.industry ?? ''} ${e.name ?? ''}`;
  if (FILLING.test(text)) return 'filling_station';
  const a = new Set(e.activities);
  if (a.has('production')) return 'production';
  if (a.has('storage')) return WAREHOUSING.test(text) ? 'warehouse' : 'storage';
  if (a.has('use') || a.has('disposal')) return 'use';
  if (a.has('trade')) return 'trade';
  if (a.has('transport')) return 'transport';
  return 'trade';
}
