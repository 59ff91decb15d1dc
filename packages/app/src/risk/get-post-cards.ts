// GET /api/risk/points/:id/card.pdf?post=: the 岗位安全风险告知卡 of the point's posts (one page each), or of the one
// post asked for. A card is about the post, not the point: it lists every risk point of the same enterprise that names
// the post (a public place's card only the place itself, as two filling stations' 加油员 are different people).
// Scoped like the point (outside the scope 404); a post the point does not name is a 400 on `post`.
import { findEnterpriseForPrint } from '@hazgov/db/risk/risk-pdf.repository';
import { findRiskPointInScope, listRiskPointsOfEnterprise } from '@hazgov/db/risk/risk-points.repository';
import { enterpriseScopeOf, type Actor } from '@hazgov/domain/orgs/scope';
import { invalid, notFound } from '@hazgov/domain/shared/app-error';
import { chinaDateOf } from '../plans/china-date.js';
import type { AppContext } from '../shared/context.js';
import type { PrintedFile } from './get-notice-board.js';
import { renderPostCards, type PostCard } from './pdf/post-card-pdf.js';
import { printedPoint, reportPhones, type PrintedPoint } from './pdf/printed-point.js';

export async function getPostCards(ctx: AppContext, opts: { actor: Actor; pointId: string; post?: string | undefined; publicUrl: string }): Promise<PrintedFile> {
  const db = ctx.database.db;
  const scope = enterpriseScopeOf(opts.actor);
  const row = await findRiskPointInScope(db, opts.pointId, scope);
  if (!row) throw notFound('risk_point');
  const point = printedPoint(row, opts.publicUrl);
  const asked = opts.post?.trim();
  if (asked !== undefined && asked !== '' && !point.posts.includes(asked)) {
    throw invalid('RISK_POST_NOT_FOUND', [{ field: 'post', code: 'RISK_POST_NOT_FOUND', params: { post: asked } }], { post: asked });
  }
  const posts = asked ? [asked] : point.posts;

  let siblings: PrintedPoint[] = [point];
  let ownerName = `${row.territory_name} ${row.name}`;
  let phones = reportPhones(null, point.responsiblePhone ? [{ label: `责任人 ${point.responsiblePerson}`, phone: point.responsiblePhone }] : []);
  if (row.enterprise_id) {
    const [enterprise, rows] = await Promise.all([
      findEnterpriseForPrint(db, row.enterprise_id, scope), listRiskPointsOfEnterprise(db, row.enterprise_id, scope),
    ]);
    siblings = rows.map((r) => printedPoint(r, opts.publicUrl));
    ownerName = enterprise?.name ?? row.enterprise_name ?? ownerName;
    phones = reportPhones(enterprise?.contacts_json ?? null);
  }
  // A point naming no post still prints: one card of the point itself, marked 未指定岗位.
  const cards: PostCard[] = posts.length === 0
    ? [{ post: null, points: [point] }]
    : posts.map((post) => ({ post, points: siblings.filter((p) => p.posts.includes(post)) }));
  const { pdf, missingChars } = await renderPostCards({ ownerName, cards, phones, printedOn: chinaDateOf(ctx.now()) });
  return { pdf, fileName: `岗位安全风险告知卡-${ownerName}-${asked || (posts.length === 1 ? posts[0] : '全部岗位')}.pdf`, missingChars };
}
