// storeAttachment against a real database: the type comes from the bytes, the size limit is 8 MB (8 × 1024 × 1024
// bytes, the contract), the photo's time from EXIF (China time unless the photo says otherwise), the bytes round-trip
// exactly (bytea / blob), and a refusal writes nothing.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hazgov/db/database';
import { clockedTestDb, districtAdmin as admin } from '../plans/testing/scheduler-testbed.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { getAttachment } from './get-attachment.js';
import { ATTACHMENT_MAX_BYTES, storeAttachment, type StoreAttachmentInput } from './store-attachment.js';
import { jpegWithExif, tinyPdf, tinyPng } from './testing/sample-files.js';

let database: Database;
let ctx: AppContext;
const PATH = '/440117/440117103/ent-x/';
const base = (bytes: Buffer, extra: Partial<StoreAttachmentInput> = {}): StoreAttachmentInput => ({
  actor: admin, ownerKind: 'inspection_result', ownerId: 'insp-1', itemId: 'item-1', path: PATH, fileName: 'photo.jpg', bytes, allow: 'image', ...extra,
});
const store = (input: StoreAttachmentInput) => inTransaction(ctx, (trx) => storeAttachment(trx, ctx, input));
const count = async () => Number((await database.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string; details?: { field?: string }[] }) => `${e.code}@${e.details?.[0]?.field}`);

beforeAll(async () => { ({ database, ctx } = await clockedTestDb('2026-11-29T02:00:00.000Z')); });
afterAll(async () => database.close());

describe('storeAttachment', () => {
  it('stores a JPEG with its EXIF time read as China time, its SHA-256, and the bytes exactly', async () => {
    const bytes = jpegWithExif('2026:11:28 09:15:30');
    const a = await store(base(bytes, { takenAt: '2026-11-29T00:00:00Z' }));
    expect(a).toMatchObject({ mime: 'image/jpeg', size: bytes.length, takenAt: '2026-11-28T01:15:30.000Z', uploadedAt: '2026-11-29T02:00:00.000Z', fileName: 'photo.jpg' });
    expect(a.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    const { row, content } = await getAttachment(ctx, { actor: admin, id: a.id });
    expect(row.owner_kind).toBe('inspection_result');
    expect(content.equals(bytes)).toBe(true);
    const audit = await database.db.selectFrom('audit_log').select(['entity', 'entity_id', 'action']).where('action', '=', 'attachment.stored').execute();
    expect(audit).toEqual([{ entity: 'inspection', entity_id: 'insp-1', action: 'attachment.stored' }]);
  });

  it('honours the EXIF offset when the phone wrote one; a PNG without EXIF keeps the phone’s time', async () => {
    expect((await store(base(jpegWithExif('2026:11:28 09:15:30', '+00:00')))).takenAt).toBe('2026-11-28T09:15:30.000Z');
    const png = await store(base(tinyPng(), { fileName: '../../etc/x.png', takenAt: '2026-11-29T08:00:00+08:00' }));
    expect(png).toMatchObject({ mime: 'image/png', takenAt: '2026-11-29T00:00:00.000Z', fileName: 'x.png' });
  });

  it('refuses a non-image photo (a PDF, a text named .jpg), an empty or an oversized file, and a bad time; writes nothing', async () => {
    const before = await count();
    expect(await codeOf(store(base(tinyPdf())))).toBe('ATTACHMENT_NOT_IMAGE@file');
    expect(await codeOf(store(base(Buffer.from('<html>not a photo</html>'), { fileName: 'x.jpg' })))).toBe('ATTACHMENT_NOT_IMAGE@file');
    expect(await codeOf(store(base(Buffer.alloc(0))))).toBe('ATTACHMENT_EMPTY@file');
    const big = Buffer.concat([jpegWithExif('2026:11:28 09:15:30'), Buffer.alloc(ATTACHMENT_MAX_BYTES)]); // one JPEG header past 8 MB
    expect(await codeOf(store(base(big)))).toBe('ATTACHMENT_TOO_LARGE@file');
    expect(await codeOf(store(base(tinyPng(), { takenAt: 'yesterday' })))).toBe('ATTACHMENT_TAKEN_AT_INVALID@takenAt');
    expect(await count()).toBe(before);
  });

  it('takes a PDF where evidence may be one; exactly 8 MB is still allowed', async () => {
    expect((await store(base(tinyPdf(), { allow: 'image_or_pdf', ownerKind: 'rectification', ownerId: 'f-1', fileName: '整改报告.pdf' }))).mime).toBe('application/pdf');
    const png = tinyPng();
    const exact = Buffer.concat([png, Buffer.alloc(ATTACHMENT_MAX_BYTES - png.length)]);
    expect((await store(base(exact))).size).toBe(ATTACHMENT_MAX_BYTES);
  });

  it('is not found outside the owner’s scope (another town)', async () => {
    const a = await store(base(tinyPng()));
    const townB = { ...admin, userId: 'u-b', role: 'territory' as const, organisationId: '440117104', organisationPath: '/440117/440117104/' };
    expect(await codeOf(getAttachment(ctx, { actor: townB, id: a.id }))).toBe('NOT_FOUND@undefined');
  });
});
