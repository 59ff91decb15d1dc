// Turns a 牵头单位 / 责任单位 cell ("区科工商信局、区公安分局等按职责分工负责，各镇（街、场、园区）组织完成…")
// into the units it names. The unit list is the text before the first predicate marker of each clause; names are
// looked up in a directory built from data (organisations + aliases). A group (区各有关单位) stays a group for an
// administrator to resolve; an all-territories phrase expands to the territorial units; a name the directory does
// not know is returned in `unknown` — never dropped, never matched approximately.

export const unitKinds = ['unit', 'group', 'all_territories'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** raw: the name as written (whitespace removed, brackets full-width); canonical: the directory's name. */
export type NormalisedUnit = { raw: string; canonical: string; key: string; kind: UnitKind };
export type NormalisedUnits = { units: NormalisedUnit[]; unknown: string[] };

type Entry = { key: string; canonical: string };

export type UnitDirectory = {
  readonly units: ReadonlyMap<string, Entry>;
  readonly groups: ReadonlyMap<string, Entry>;
  readonly allTerritoryPhrases: readonly string[];
  readonly territories: readonly Entry[];
  readonly predicateMarkers: readonly string[];
  readonly listEndings: readonly string[];
};

export type UnitDirectorySource = {
  organisations: readonly { key: string; name: string; fullName?: string }[];
  aliases: {
    units: Readonly<Record<string, string>>;
    groups: readonly { key: string; name: string; aliases: readonly string[] }[];
    allTerritories: { phrases: readonly string[]; members: readonly string[] };
    predicateMarkers: readonly string[];
    listEndings: readonly string[];
  };
};

/** The form names are compared in: no whitespace, full-width brackets. */
export function normaliseUnitName(name: string): string {
  return name.replace(/[\s\u3000\u00a0]+/gu, '').replace(/\(/gu, '（').replace(/\)/gu, '）');
}

/** Builds the lookup tables; throws on a data error (an alias pointing at a key that does not exist). */
export function buildUnitDirectory(source: UnitDirectorySource): UnitDirectory {
  const byKey = new Map<string, Entry>();
  const units = new Map<string, Entry>();
  for (const org of source.organisations) {
    const entry = { key: org.key, canonical: org.name };
    byKey.set(org.key, entry);
    units.set(normaliseUnitName(org.name), entry);
    if (org.fullName) units.set(normaliseUnitName(org.fullName), entry);
  }
  for (const [alias, key] of Object.entries(source.aliases.units)) {
    const entry = byKey.get(key);
    if (!entry) throw new Error(`unit alias ${alias} points at unknown organisation key ${key}`);
    units.set(normaliseUnitName(alias), entry);
  }
  const groups = new Map<string, Entry>();
  for (const group of source.aliases.groups) {
    for (const alias of [group.name, ...group.aliases]) groups.set(normaliseUnitName(alias), { key: group.key, canonical: group.name });
  }
  const territories = source.aliases.allTerritories.members.map((key) => {
    const entry = byKey.get(key);
    if (!entry) throw new Error(`all-territories member ${key} is not an organisation key`);
    return entry;
  });
  return {
    units,
    groups,
    // Longest first, so a phrase that contains a shorter one wins.
    allTerritoryPhrases: source.aliases.allTerritories.phrases.map(normaliseUnitName).sort((a, b) => b.length - a.length),
    territories,
    predicateMarkers: [...source.aliases.predicateMarkers].sort((a, b) => b.length - a.length),
    listEndings: [...source.aliases.listEndings].sort((a, b) => b.length - a.length),
  };
}

/** Adds administrator-confirmed aliases (e.g. from an import's mapping step) on top of a directory. */
export function extendUnitDirectory(
  directory: UnitDirectory,
  extra: readonly { alias: string; key: string; canonical: string; kind: 'unit' | 'group' }[],
): UnitDirectory {
  const units = new Map(directory.units);
  const groups = new Map(directory.groups);
  for (const row of extra) (row.kind === 'unit' ? units : groups).set(normaliseUnitName(row.alias), { key: row.key, canonical: row.canonical });
  return { ...directory, units, groups };
}

// Placeholders stand for all-territories phrases while the cell is split: they contain no separator or marker.
const PLACEHOLDER = /^\uE000(\d+)\uE001$/u;
const placeholder = (i: number): string => `\uE000${i}\uE001`;

/** Splits on any of `separators` that sits outside brackets. */
function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '【' || ch === '〔') depth += 1;
    else if ((ch === '）' || ch === '】' || ch === '〕') && depth > 0) depth -= 1;
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function longestNameAt(text: string, at: number, directory: UnitDirectory): number {
  let best = 0;
  for (const names of [directory.units.keys(), directory.groups.keys()]) {
    for (const name of names) if (name.length > best && text.startsWith(name, at)) best = name.length;
  }
  return best;
}

/** The unit list of a clause: the text before the first predicate marker that is not inside a known name. */
function listPart(clause: string, directory: UnitDirectory): string {
  let i = 0;
  while (i < clause.length) {
    const name = longestNameAt(clause, i, directory);
    if (name > 0) {
      i += name;
      continue;
    }
    if (directory.predicateMarkers.some((m) => clause.startsWith(m, i))) return clause.slice(0, i);
    i += 1;
  }
  return clause;
}

function trimEndings(text: string, directory: UnitDirectory): string {
  let out = text.replace(/^(和|及|以及|与)/u, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of directory.listEndings) {
      if (out.length > ending.length && out.endsWith(ending) && !directory.units.has(out) && !directory.groups.has(out)) {
        out = out.slice(0, -ending.length);
        changed = true;
      }
    }
  }
  return out;
}

export function normaliseUnits(raw: string, directory: UnitDirectory): NormalisedUnits {
  // A line break separates names or clauses; as a clause break it serves both ("区安监局\n区公安分局").
  let text = normaliseUnitName(raw.replace(/\r?\n/gu, '，'));
  const phrases: string[] = [];
  for (const phrase of directory.allTerritoryPhrases) {
    while (text.includes(phrase)) {
      text = text.replace(phrase, placeholder(phrases.length));
      phrases.push(phrase);
    }
  }
  const restore = (s: string): string => s.replace(/\uE000(\d+)\uE001/gu, (_, i: string) => phrases[Number(i)] ?? '');

  const units: NormalisedUnit[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  const add = (unit: NormalisedUnit): void => {
    const id = `${unit.kind}:${unit.key}`;
    if (seen.has(id)) return;
    seen.add(id);
    units.push(unit);
  };
  const resolve = (name: string): NormalisedUnit[] | null => {
    const p = PLACEHOLDER.exec(name);
    if (p) {
      const phrase = phrases[Number(p[1])] ?? '';
      return directory.territories.map((t) => ({ raw: phrase, canonical: t.canonical, key: t.key, kind: 'all_territories' as const }));
    }
    const unit = directory.units.get(name);
    if (unit) return [{ raw: name, ...unit, kind: 'unit' }];
    const group = directory.groups.get(name);
    if (group) return [{ raw: name, ...group, kind: 'group' }];
    return null;
  };

  for (const clause of splitOutsideBrackets(text, '，,；;。')) {
    for (const piece of splitOutsideBrackets(listPart(clause, directory), '、/')) {
      const segment = trimEndings(piece, directory);
      if (segment === '') continue;
      const whole = resolve(segment);
      if (whole) {
        whole.forEach(add);
        continue;
      }
      // "区安监局和各镇（街、场、园区）", "区气象局等区各有关单位": every part must be known, or the whole segment
      // is reported as it stands (an unknown 区人力资源和社会保障局 must not turn into two half-names).
      const parts = splitOutsideBrackets(segment, '和及与等').map((s) => trimEndings(s, directory));
      const resolved = parts.length > 1 && parts.every((s) => s !== '') ? parts.map(resolve) : [null];
      if (resolved.every((r): r is NormalisedUnit[] => r !== null)) resolved.flat().forEach(add);
      else unknown.push(restore(segment));
    }
  }
  return { units, unknown };
}
