// The portable backup: JSON lines in one file. A header, one line per row in foreign-key order, and a trailer
// whose row count proves the file was not cut short. Streamed both ways, so a large database never has to
// fit in memory. (SQLite databases are backed up as a consistent SQLite file instead: VACUUM INTO.)
export const BACKUP_FORMAT = 'hazgov-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = { format: typeof BACKUP_FORMAT; version: number; kind: 'sqlite' | 'postgres'; migration: string; createdAt: string; tables: string[] };
export type BackupRowLine = { t: string; r: Record<string, unknown> };
export type BackupTrailer = { end: true; rows: number };

export const SQLITE_MAGIC = 'SQLite format 3\u0000';

// Binary columns (attachment_contents.content: bytea / blob) travel as { "$b64": "…" }: JSON has no bytes, and
// JSON.stringify would turn a Buffer into an array of numbers that no database takes back. Every other value a row
// holds is a string, number or null, so the marker cannot be mistaken for one.
export type EncodedBytes = { $b64: string };

export function encodeRow(r: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(r)) {
    if (v instanceof Uint8Array) {
      out ??= { ...r };
      out[k] = { $b64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') } satisfies EncodedBytes;
    }
  }
  return out ?? r;
}

export function decodeRow(r: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(r)) {
    if (v !== null && typeof v === 'object' && typeof (v as EncodedBytes).$b64 === 'string' && Object.keys(v).length === 1) {
      out ??= { ...r };
      out[k] = Buffer.from((v as EncodedBytes).$b64, 'base64');
    }
  }
  return out ?? r;
}

/** Bytes a row holds in binary columns (restore flushes its batch before too many photos pile up in memory). */
export function binaryBytesOf(r: Record<string, unknown>): number {
  let n = 0;
  for (const v of Object.values(r)) if (v instanceof Uint8Array) n += v.byteLength;
  return n;
}
