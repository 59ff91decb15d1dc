// `hazgov user add --username U --name N --role R --org ORG_ID --password P`: creates an account as the system
// (this is how the first district admin of an installation is made).
import { parseArgs } from 'node:util';
import { systemActor } from '@hazgov/app/audit/audit-chain';
import { createUser } from '@hazgov/app/users/create-user';
import { usage } from '../cli-error.js';
import { openContext, overridesFrom } from '../open-context.js';

export async function userAddCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' }, username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' },
      org: { type: 'string' }, password: { type: 'string' },
    },
    strict: true,
  });
  const { username, name, role, org } = values;
  const password = values.password ?? process.env.HAZGOV_NEW_PASSWORD; // keeps the password out of shell history if wanted
  if (!username || !name || !role || !org || !password) throw usage('user add --username U --name N --role R --org ORG_ID --password P');
  const { ctx, close } = await openContext(overridesFrom(values));
  try {
    const user = await createUser(ctx, { actor: systemActor('cli'), username, displayName: name, role, organisationId: org, password });
    process.stdout.write(`created ${user.username} (${user.role}) in ${user.organisation_name} [${user.id}]\n`);
    return 0;
  } finally {
    await close();
  }
}
