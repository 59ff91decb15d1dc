// GET /api/risk/enterprises/:enterpriseId/notice-board.pdf: the enterprise's 安全风险公告栏 with every risk point it
// has, worst first. Read through the enterprise scope: an enterprise outside it is 404, exactly like one that does
// not exist. `publicUrl` is where the printed QR codes point (the configured public address, or the request's origin).
import { findEnterpriseForPrint } from '@hazgov/db/risk/risk-pdf.repository';
import { listRiskPointsOfEnterprise } from '@hazgov/db/risk/risk-points.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { notFound } from '@hazgov/domain/shared/app-error';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import { renderNoticeBoard } from './pdf/notice-board-pdf.js';
import { printedPoint, reportPhones } from './pdf/printed-point.js';

export type PrintedFile = { pdf: Buffer; fileName: string; missingChars: string[] };

export async function getNoticeBoard(ctx: AppContext, opts: { actor: Actor; enterpriseId: string; publicUrl: string }): Promise<PrintedFile> {
  const db = ctx.database.db;
  const scope = enterpriseScopeOf(opts.actor);
  const enterprise = await findEnterpriseForPrint(db, opts.enterpriseId, scope);
  if (!enterprise) throw notFound('enterprise');
  const rows = await listRiskPointsOfEnterprise(db, enterprise.id, scope);
  const { pdf, missingChars } = await renderNoticeBoard({
    enterprise: { name: enterprise.name, territoryName: enterprise.territory_name, address: enterprise.address },
    points: rows.map((r) => printedPoint(r, opts.publicUrl)),
    phones: reportPhones(enterprise.contacts_json),
    printedOn: chinaDateOf(ctx.now()),
  });
  return { pdf, fileName: `安全风险公告栏-${enterprise.name}.pdf`, missingChars };
}
