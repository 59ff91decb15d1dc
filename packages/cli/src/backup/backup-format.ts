// The portable backup: JSON lines in one file. A header, one line per row in foreign-key order, and a trailer
// whose row count proves the file was not cut short. Streamed both ways, so a large database never has to
// fit in memory. (SQLite databases are backed up as a consistent SQLite file instead: VACUUM INTO.)
export const BACKUP_FORMAT = 'hazgov-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = { format: typeof BACKUP_FORMAT; version: number; kind: 'sqlite' | 'postgres'; migration: string; createdAt: string; tables: string[] };
export type BackupRowLine = { t: string; r: Record<string, unknown> };
export type BackupTrailer = { end: true; rows: number };

export const SQLITE_MAGIC = 'SQLite format 3\u0000';
