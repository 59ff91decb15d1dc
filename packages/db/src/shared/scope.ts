// THE place where jurisdiction turns into SQL: every scoped query calls scoped(). A scope path ends with '/',
// so '/440117/X/' never matches '/440117/XY/'.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Scope } from '@hazgov/domain/orgs/scope';

export function scoped<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  pathColumn: string,
  scope: Scope,
): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  if (scope.paths.length === 0) return sql<SqlBool>`1 = 0`;
  const ref = sql.ref(pathColumn);
  return eb.or(scope.paths.map((p) => sql<SqlBool>`${ref} like ${escapeLike(p) + '%'} escape '\\'`));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
