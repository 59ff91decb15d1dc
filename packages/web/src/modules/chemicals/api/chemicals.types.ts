// Shapes of the chemicals API (docs/api-contract.md § Chemicals). `Flags` is shared with inventory lines.
export type ListFlag = 'listed' | 'not_listed' | 'unknown';
export const restrictionLevels = ['prohibited', 'restricted', 'controlled'] as const;
export type RestrictionLevel = (typeof restrictionLevels)[number];

export const listFlagKeys = ['highlyToxic', 'keySupervised', 'explosivePrecursor', 'drugPrecursor', 'speciallyControlled'] as const;
export type ListFlagKey = (typeof listFlagKeys)[number];

export type Flags = Record<ListFlagKey, ListFlag> & {
  restriction: null | { level: RestrictionLevel; entryId: string; note: string | null };
};

export type ChemicalHit = {
  source: 'gb18218_table1' | 'catalog';
  table1Serial: number | null;
  catalogEntryId: string | null;
  name: string;
  aliases: string[];
  cas: string[];
  thresholdTonnes: string | number | null;
  /** table2: a catalog entry outside Table 1 whose threshold follows from its categories. */
  thresholdSource?: 'table1' | 'table2' | null;
  hazardSymbols: string[];
  unNumber?: string | null;
  flags: Flags;
  edition: { id: string; name: string; source: string } | null;
  matchedOn: string;
};

export type ChemicalSearch = { items: ChemicalHit[]; casProblem: null | 'check_digit' };

export type HazardCategory = {
  symbol: string;
  group: string;
  category: string;
  description: string;
  thresholdTonnes: string | number;
  beta: string | number | null;
};

export type ReferenceList = {
  key: string; title: string; source: string; complete: boolean; note: string | null;
  noteEn?: string | null; entryCount?: number; officialCount?: number | null;
};

export type RestrictionEntry = {
  id: string;
  chemicalName: string;
  cas: string | null;
  level: RestrictionLevel;
  note: string | null;
  updatedAt: string;
  affectedLines: number;
};
export type RestrictionInput = { chemicalName: string; cas?: string; level: RestrictionLevel; note?: string };

/** A loaded catalog edition. Only id, name and source are fixed by the contract; the rest is shown when given. */
export type CatalogEdition = {
  id: string;
  name: string;
  source: string;
  importedAt?: string | null;
  createdAt?: string | null;
  publishedOn?: string | null;
  entryCount?: number | null;
  importedBy?: string | null;
  builtIn?: boolean;
  /** The edition the search uses (the latest imported). */
  active?: boolean;
};

/** One row of an imported edition, with the source of each value that has its own. */
export type CatalogEntry = {
  id: string; serial: string | null; name: string; aliases: string[]; cas: string | null; unNumber: string | null;
  hazardSymbols: string[]; flags: Record<string, boolean>; sources: Record<string, string>;
};
export type CatalogEntries = { edition: CatalogEdition; items: CatalogEntry[]; total: number; page: number; pageSize: number };
