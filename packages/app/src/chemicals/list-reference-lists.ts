// Which reference lists are loaded and whether each is complete: the standards' lists (domain/chemicals/
// reference-lists.ts) and the 危险化学品目录 itself, complete only once an edition has been imported (its count and
// source shown) — until then the catalog search covers GB 18218 Table 1 alone, and the page says so.
import { listEditions } from '@hazgov/db/chemicals/catalog.repository';
import { referenceLists, type ReferenceList } from '@hazgov/domain/chemicals/reference-lists';
import type { AppContext } from '../shared/context.js';

export async function listReferenceLists(ctx: AppContext): Promise<ReferenceList[]> {
  const editions = (await listEditions(ctx.database.db)).filter((e) => e.active === 1);
  const count = editions.reduce((n, e) => n + e.entry_count, 0);
  const catalog: ReferenceList = editions.length === 0
    ? {
        key: 'catalog', title: '危险化学品目录（2015版）', source: '—', complete: false,
        note: '未导入：化学品检索目前只包含 GB 18218 表1 的 85 种物质；可在“目录版本”页导入。', noteEn: 'Not imported: the search covers GB 18218 Table 1 only; import an edition on the catalog editions page.',
        entryCount: 0, officialCount: 2828, confidence: 'none',
      }
    : {
        key: 'catalog', title: editions.map((e) => e.name).join('；'), source: editions.map((e) => e.source).join('；'), complete: count >= 2828,
        note: `已导入 ${editions.length} 个版本，共 ${count} 条${count >= 2828 ? '' : '（少于 2015 版目录的 2828 条）'}。`,
        noteEn: `${editions.length} edition(s) imported, ${count} entries${count >= 2828 ? '' : ' (fewer than the 2,828 of the 2015 catalog)'}.`,
        entryCount: count, officialCount: 2828, confidence: 'as imported',
      };
  return [...referenceLists, catalog];
}
