// Routes of the chemicals context (docs/api-contract.md § Chemicals): search over GB 18218 Table 1 and the imported
// catalog editions, Table 2 categories for the picker, which reference lists are loaded and complete, the
// district's restriction list, and catalog editions (template, import, entries).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { catalogEditionTemplate } from '@hazgov/app/chemicals/catalog-edition-template';
import { createRestriction } from '@hazgov/app/chemicals/create-restriction';
import { deleteRestriction } from '@hazgov/app/chemicals/delete-restriction';
import { importCatalogEdition } from '@hazgov/app/chemicals/import-catalog-edition';
import { listCatalogEditions, listEditionEntries } from '@hazgov/app/chemicals/list-catalog-editions';
import { listReferenceLists } from '@hazgov/app/chemicals/list-reference-lists';
import { affectedLineCounts, listRestrictions } from '@hazgov/app/chemicals/list-restrictions';
import { searchChemicals, table1Hit } from '@hazgov/app/chemicals/search-chemicals';
import { updateRestriction } from '@hazgov/app/chemicals/update-restriction';
import { listRestrictionEntries, type RestrictionRow } from '@hazgov/db/chemicals/restriction-list.repository';
import { table1RowBySerial } from '@hazgov/domain/chemicals/catalog';
import { gb18218Table2, gb18218Table4 } from '@hazgov/domain/major-hazards/gb18218-tables';
import { formatRational } from '@hazgov/domain/major-hazards/rational';
import type { Actor } from '@hazgov/domain/orgs/scope';
import { AppError, notFound } from '@hazgov/domain/shared/app-error';
import { attachment } from '../plans/plans.presenter.js';
import { binaryResponse } from '../shared/binary-response.js';
import { errorResponses } from '../shared/error-mapping.js';
import { requireActor } from '../shared/request.js';
import { presentEdition, presentEntry, presentRestriction } from './chemicals.presenter.js';
import * as s from './chemicals.schemas.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function readUpload(request: FastifyRequest): Promise<{ file: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'unsupported');
  const fields: Record<string, string> = {};
  let file: Buffer | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) { await part.toBuffer(); continue; }
      file = await part.toBuffer(); // above the server's 5 MB limit this throws → 413
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  if (!file) throw new AppError('VALIDATION_FAILED', 'input', {}, [{ field: 'file', code: 'VALIDATION.required' }]);
  return { file, fields };
}

export async function chemicalsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = app.ctx;
  const tags = ['chemicals'];
  const presentOne = async (actor: Actor, row: RestrictionRow) =>
    presentRestriction(row, (await affectedLineCounts(ctx.database.db, actor, [row])).get(row.id) ?? 0);

  r.get('/api/chemicals/search', {
    schema: { tags, summary: 'Search chemicals by name, alias or CAS (GB 18218 Table 1, then the imported catalog editions)', querystring: s.searchQuery, response: { 200: s.searchResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return { items: await searchChemicals(ctx, { q: request.query.q, limit: request.query.limit }), casProblem: null };
  });

  r.get('/api/chemicals/table1/:serial', {
    schema: { tags, summary: 'One GB 18218 Table 1 row with its list flags', params: s.serialParams, response: { 200: s.table1Row, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    const row = table1RowBySerial(request.params.serial);
    if (!row) throw notFound('table1_row');
    return { ...table1Hit(row, 'exact_name', await listRestrictionEntries(ctx.database.db)), note: row.note };
  });

  r.get('/api/chemicals/categories', {
    schema: { tags, summary: 'GB 18218 Table 2 hazard categories with their threshold and Table 4 β', response: { 200: s.categoriesResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return gb18218Table2.map((row) => {
      const beta = gb18218Table4.find((b) => b.symbol === row.symbol)?.beta;
      return { symbol: row.symbol, group: row.group, category: row.category, description: row.description, thresholdTonnes: formatRational(row.thresholdTonnes), beta: beta ? formatRational(beta) : null };
    });
  });

  r.get('/api/chemicals/lists', {
    schema: { tags, summary: 'Reference lists loaded and whether each is complete (the highly toxic list is partial)', response: { 200: s.listsResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return listReferenceLists(ctx);
  });

  r.get('/api/chemicals/restrictions', {
    schema: { tags, summary: 'The district’s prohibited / restricted / controlled list, with matching inventory lines in my jurisdiction', response: { 200: s.restrictionListResponse, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request);
    return { items: (await listRestrictions(ctx, { actor })).map((row) => presentRestriction(row, row.affected_lines)) };
  });

  r.post('/api/chemicals/restrictions', {
    schema: { tags, summary: 'Add a chemical to the restriction list (district admin)', body: s.restrictionBody, response: { 201: s.restriction, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request, ['district_admin']);
    return reply.code(201).send(await presentOne(actor, await createRestriction(ctx, { actor, input: request.body })));
  });

  r.put('/api/chemicals/restrictions/:id', {
    schema: { tags, summary: 'Change a restriction-list entry (district admin)', params: s.restrictionParams, body: s.restrictionBody, response: { 200: s.restriction, ...errorResponses } },
  }, async (request) => {
    const { actor } = requireActor(request, ['district_admin']);
    return presentOne(actor, await updateRestriction(ctx, { actor, id: request.params.id, input: request.body }));
  });

  r.delete('/api/chemicals/restrictions/:id', {
    schema: { tags, summary: 'Remove a restriction-list entry (district admin)', params: s.restrictionParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = requireActor(request, ['district_admin']);
    await deleteRestriction(ctx, { actor, id: request.params.id });
    return reply.code(204).send(null);
  });

  r.get('/api/chemicals/editions', {
    schema: { tags, summary: 'Imported catalog editions', response: { 200: s.editionListResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    return { items: (await listCatalogEditions(ctx)).map(presentEdition) };
  });

  r.get('/api/chemicals/edition-template.xlsx', {
    schema: { tags, summary: 'The .xlsx template of a catalog edition', response: { 200: binaryResponse(XLSX, 'The template'), ...errorResponses } },
  }, async (request, reply) => {
    requireActor(request);
    return reply.header('content-type', XLSX).header('content-disposition', attachment('危险化学品目录导入模板.xlsx')).send(await catalogEditionTemplate() as never);
  });

  r.post('/api/chemicals/editions', {
    schema: {
      tags, summary: 'Import a catalog edition (.xlsx, multipart: file, name, source; district admin; all rows or nothing)', consumes: ['multipart/form-data'],
      response: { 201: s.edition, ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor } = requireActor(request, ['district_admin']);
    const upload = await readUpload(request);
    const edition = await importCatalogEdition(ctx, { actor, file: upload.file, name: upload.fields.name ?? '', source: upload.fields.source ?? '' });
    return reply.code(201).send(presentEdition(edition));
  });

  r.get('/api/chemicals/editions/:id/entries', {
    schema: { tags, summary: 'Entries of one catalog edition, with each value’s source', params: s.editionParams, querystring: s.entriesQuery, response: { 200: s.entriesResponse, ...errorResponses } },
  }, async (request) => {
    requireActor(request);
    const q = request.query;
    const { edition, rows, total } = await listEditionEntries(ctx, { editionId: request.params.id, q: q.q, page: q.page, pageSize: q.pageSize });
    return { edition: presentEdition(edition), items: rows.map(presentEntry), total, page: q.page, pageSize: q.pageSize };
  });
}
