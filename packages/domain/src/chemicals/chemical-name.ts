// Comparing chemical names as people type them: full-width and half-width forms, spaces, case of Latin
// abbreviations (TDI, TNT) and bracket styles must not make 硝酸铵（含可燃物≤0.2%） differ from 硝酸铵(含可燃物≤0.2%).

const BRACKETS: Readonly<Record<string, string>> = { '【': '[', '】': ']', '〔': '[', '〕': ']' };

/** The comparison key of a name: NFKC (full-width → ASCII, H₂ → H2), no whitespace, Latin upper-case, one bracket style. */
export function chemicalNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[【】〔〕]/g, (ch) => BRACKETS[ch] ?? ch)
    .toUpperCase();
}

/**
 * The key without its trailing qualifier: everything from the first "(" or "[" on is dropped, so
 * 硝酸铵(含可燃物≤0.2%) → 硝酸铵 and 高氯酸[浓度>72%] → 高氯酸. A name that starts with a bracket is kept whole.
 */
export function chemicalBaseKey(name: string): string {
  const key = chemicalNameKey(name);
  const at = key.search(/[([]/);
  return at > 0 ? key.slice(0, at) : key;
}
