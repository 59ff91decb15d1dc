// "Worst first" in SQL: a level column turned into its rank (red 1 … blue 4) from the domain's one table, for ORDER BY
// and for min() over a group (the worst level inside a cluster, of an enterprise …).
import { sql, type RawBuilder } from 'kysely';
import { levelRank, riskLevels } from '@hazgov/domain/risk/types';

export function levelRankSql(column: string): RawBuilder<number> {
  const whens = riskLevels.map((l) => sql`when ${sql.lit(l)} then ${sql.lit(levelRank[l])}`);
  return sql<number>`case ${sql.ref(column)} ${sql.join(whens, sql` `)} end`;
}
