// Creates an account. Through the API only a district admin may do this; the CLI acts as the system
// (the first admin of a fresh installation has nobody to create them).
import crypto from 'node:crypto';
import { roles, type Role } from '@hazgov/domain/orgs/roles';
import { checkPassword } from '@hazgov/domain/orgs/password-policy';
import { USERNAME_PATTERN, roleFitsOrganisation } from '@hazgov/domain/orgs/role-fits-organisation';
import { AppError, invalid } from '@hazgov/domain/shared/app-error';
import { findOrganisationById } from '@hazgov/db/orgs/organisations.repository';
import { findUserById, findUserByUsername, insertUser, type UserWithOrganisation } from '@hazgov/db/users/users.repository';
import { recordAudit, type AuditActor } from '../audit/audit-chain.js';
import { hashPassword } from '../auth/password-hash.js';
import type { AppContext } from '../shared/context.js';
import { inTransaction } from '../shared/transaction.js';
import { passwordProblemDetails } from './password-problems.js';

export type CreateUserOptions = {
  actor: AuditActor;
  username: string;
  displayName: string;
  role: string;
  organisationId: string;
  password: string;
  locale?: 'zh-CN' | 'en' | undefined;
};

export async function createUser(ctx: AppContext, opts: CreateUserOptions): Promise<UserWithOrganisation> {
  if (opts.actor.userId !== null && opts.actor.role !== 'district_admin') throw new AppError('FORBIDDEN', 'forbidden');
  const username = opts.username.trim().toLowerCase();
  const displayName = opts.displayName.trim();
  if (!USERNAME_PATTERN.test(username)) throw invalid('USERNAME_INVALID', [{ field: 'username', code: 'USERNAME_INVALID' }]);
  if (!displayName) throw invalid('DISPLAY_NAME_REQUIRED', [{ field: 'displayName', code: 'DISPLAY_NAME_REQUIRED' }]);
  if (!(roles as readonly string[]).includes(opts.role)) throw invalid('ROLE_UNKNOWN', [{ field: 'role', code: 'ROLE_UNKNOWN', params: { role: opts.role } }]);
  const role = opts.role as Role;
  const problems = checkPassword(opts.password, username);
  if (problems.length > 0) throw invalid('PASSWORD_POLICY', passwordProblemDetails(problems, 'password'));

  const passwordHash = await hashPassword(opts.password); // outside the transaction: 20 ms of CPU need not hold a lock
  const at = ctx.now().toISOString();
  const id = crypto.randomUUID();
  await inTransaction(ctx, async (trx) => {
    const organisation = await findOrganisationById(trx, opts.organisationId);
    if (!organisation) throw invalid('ORGANISATION_UNKNOWN', [{ field: 'organisationId', code: 'ORGANISATION_UNKNOWN', params: { id: opts.organisationId } }]);
    if (!roleFitsOrganisation(role, organisation.kind)) {
      throw invalid('ROLE_ORGANISATION_MISMATCH', [{ field: 'role', code: 'ROLE_ORGANISATION_MISMATCH', params: { role, kind: organisation.kind } }]);
    }
    if (await findUserByUsername(trx, username)) throw new AppError('USERNAME_TAKEN', 'conflict', { username });
    await insertUser(trx, {
      id, username, display_name: displayName, password_hash: passwordHash, role, organisation_id: organisation.id,
      phone: null, locale: opts.locale ?? 'zh-CN', password_changed_at: at, created_at: at,
    });
    await recordAudit(trx, {
      actor: opts.actor, action: 'user.create', entity: 'user', entityId: id,
      after: { username, displayName, role, organisationId: organisation.id }, at,
    });
  });
  const created = await findUserById(ctx.database.db, id);
  if (!created) throw new AppError('INTERNAL', 'internal');
  return created;
}
