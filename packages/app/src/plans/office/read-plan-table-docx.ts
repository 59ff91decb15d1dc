// The .docx side of the plan-table reader: locate the main document part, then the first table whose header
// names the plan columns, and lay its cells out on the table grid so merged cells line up with the header.
import JSZip from 'jszip';
import { descendants, parseXml, tableRows, type DocxRow, type XmlNode } from './docx-xml.js';
import { collectPlanRows, findPlanHeader, type RawPlanRow, type SourceRow, type TableProblem } from './plan-table.js';

/** The main part is named by the package relationships; Word calls it word/document.xml, a few tools do not. */
async function mainDocumentXml(zip: JSZip): Promise<string | null> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const target = rels
    ? /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/u.exec(rels)?.[0].match(/Target="([^"]+)"/u)?.[1]
    : undefined;
  const path = (target ?? 'word/document.xml').replace(/^\//u, '');
  return (await zip.file(path)?.async('string')) ?? null;
}

/**
 * Places cells on the grid: a cell spanning n columns owns the first of them (the rest stay blank, so a heading
 * merged across the table reads as text in its first column only); a vMerge continuation shows the text of the
 * cell above, which is what "same as above" means on the printed form.
 */
function toSourceRows(rows: readonly DocxRow[]): SourceRow[] {
  let previous: string[] = [];
  return rows.map(({ gridBefore, cells }, i) => {
    const grid: string[] = Array.from({ length: gridBefore }, () => '');
    for (const cell of cells) {
      const column = grid.length;
      grid.push(cell.vMerge === 'continue' ? (previous[column] ?? '') : cell.text);
      for (let extra = 1; extra < cell.span; extra += 1) grid.push('');
    }
    previous = grid;
    return { row: i + 1, cells: grid };
  });
}

/** Every table in document order, a nested one (the plan table inside a layout table) after its parent. */
function allTables(node: XmlNode): XmlNode[] {
  return descendants(node, 'w:tbl').flatMap((t) => [t, ...allTables(t)]);
}

export async function readPlanTableDocx(file: Buffer): Promise<{ rows: RawPlanRow[]; problems: TableProblem[] } | null> {
  let xml: string | null;
  try {
    const zip = await JSZip.loadAsync(file, { checkCRC32: true });
    xml = await mainDocumentXml(zip);
  } catch {
    return null; // damaged archive or part: the caller calls it not an Office file
  }
  if (xml === null) return null;
  for (const tbl of allTables(parseXml(xml))) {
    const rows = toSourceRows(tableRows(tbl));
    const header = findPlanHeader(rows, 10);
    if (header) return collectPlanRows(rows, header);
  }
  return { rows: [], problems: [{ row: 0, code: 'no_plan_table' }] };
}
