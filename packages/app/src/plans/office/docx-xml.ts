// Just enough XML to read tables out of word/document.xml: a tolerant tree builder (no DTDs, no namespaces
// resolution — WordprocessingML always uses the w: prefix in practice) and the table walk on top of it.

export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/gu, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/gu)) {
    const key = m[1];
    if (key) attrs[key] = decodeXmlText(m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Builds the element tree. Text is kept only where it is the direct content of an element (w:t). */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  // Comments, CDATA, processing instructions, then tags, then text. Attribute values may contain ">" only
  // escaped in Word's output, so a tag ends at the first ">" outside quotes.
  const token = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([\w:.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/gu;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1];
    if (!top) break;
    const [, cdata, closing, name, attrSource, selfClosing, text] = m;
    if (cdata !== undefined) {
      top.text += cdata;
    } else if (text !== undefined) {
      top.text += decodeXmlText(text);
    } else if (name !== undefined) {
      if (closing) {
        // Pop to the matching element; a stray end tag is ignored rather than unbalancing the tree.
        const at = stack.map((n) => n.name).lastIndexOf(name);
        if (at > 0) stack.length = at;
      } else {
        const node: XmlNode = { name, attrs: parseAttrs(attrSource ?? ''), children: [], text: '' };
        top.children.push(node);
        if (!selfClosing) stack.push(node);
      }
    }
  }
  return root;
}

/** Descendants named `name`, in document order, not looking inside elements named in `stopAt`. */
export function descendants(node: XmlNode, name: string, stopAt: readonly string[] = []): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode): void => {
    for (const child of n.children) {
      if (child.name === name) found.push(child);
      else if (!stopAt.includes(child.name)) walk(child);
    }
  };
  walk(node);
  return found;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

// Inside a cell: deleted revisions (w:del / w:delText), field codes and the fallback copy of drawing-compatible
// content would all add text the user does not see.
const INVISIBLE = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:tbl', 'w:tcPr', 'w:rPr', 'w:pPr']);

/** The visible text of a table cell: paragraphs joined by line breaks, tabs and breaks as whitespace. */
export function cellText(tc: XmlNode): string {
  const paragraphs: string[] = [];
  const walkRun = (n: XmlNode, parts: string[]): void => {
    for (const c of n.children) {
      if (INVISIBLE.has(c.name)) continue;
      if (c.name === 'w:t') parts.push(c.text);
      else if (c.name === 'w:tab') parts.push(' ');
      else if (c.name === 'w:br' || c.name === 'w:cr') parts.push('\n');
      else if (c.name === 'w:p') paragraphs.push(paragraphText(c));
      else walkRun(c, parts);
    }
  };
  const paragraphText = (p: XmlNode): string => {
    const parts: string[] = [];
    walkRun(p, parts);
    return parts.join('');
  };
  walkRun(tc, []);
  return paragraphs.join('\n');
}

export type DocxCell = { text: string; span: number; vMerge: 'restart' | 'continue' | null };
export type DocxRow = { gridBefore: number; cells: DocxCell[] };

function intAttr(node: XmlNode | undefined, fallback: number): number {
  const value = Number.parseInt(node?.attrs['w:val'] ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Rows of a w:tbl (including rows wrapped in content controls), each as its cells, without nested tables. */
export function tableRows(tbl: XmlNode): DocxRow[] {
  return descendants(tbl, 'w:tr', ['w:tbl']).map((tr) => {
    const trPr = child(tr, 'w:trPr');
    const cells = descendants(tr, 'w:tc', ['w:tbl']).map((tc): DocxCell => {
      const tcPr = child(tc, 'w:tcPr');
      const vMergeNode = tcPr ? child(tcPr, 'w:vMerge') : undefined;
      // <w:vMerge/> without a value means "continue" (ECMA-376 default).
      const vMerge = vMergeNode ? (vMergeNode.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : null;
      return { text: cellText(tc), span: Math.max(1, intAttr(tcPr ? child(tcPr, 'w:gridSpan') : undefined, 1)), vMerge };
    });
    // Rows may start a few grid columns in (w:gridBefore) when the table's left edge is ragged.
    return { gridBefore: intAttr(trPr ? child(trPr, 'w:gridBefore') : undefined, 0), cells };
  });
}
