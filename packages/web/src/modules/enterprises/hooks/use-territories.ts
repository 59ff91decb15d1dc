// The territories (镇、街) and grid cells the user can pick from: the scoped organisation tree, loaded once per page.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { orgsApi, type Org } from '../../orgs/api/orgs.api';
import { useAsync } from '../../shared/hooks/use-async';
import { orgName } from '../../shared/utils/names';

export type Option = { value: string; label: string };
export type Territories = {
  territories: Option[];
  gridsOf: (territoryId: string | null | undefined) => Option[];
  nameOf: (id: string | null | undefined) => string;
  /** The territory (and grid cell) an organisation belongs to: a town is its own territory, a grid cell's is its parent. */
  placeOf: (orgId: string | null | undefined) => { territoryId: string; gridId: string | null } | null;
  loading: boolean;
};

export function useTerritories(): Territories {
  const { i18n } = useTranslation();
  const orgs = useAsync(() => orgsApi.list().then((r) => r.items), []);
  return useMemo(() => {
    const all: Org[] = orgs.data ?? [];
    const sorted = [...all].sort((a, b) => a.sort - b.sort);
    const byId = new Map(all.map((o) => [o.id, o]));
    const opt = (o: Org): Option => ({ value: o.id, label: orgName(o, i18n.language) });
    return {
      territories: sorted.filter((o) => o.kind === 'territory').map(opt),
      gridsOf: (territoryId) => (territoryId ? sorted.filter((o) => o.kind === 'grid' && o.parentId === territoryId).map(opt) : []),
      nameOf: (id) => { const o = id ? byId.get(id) : undefined; return o ? orgName(o, i18n.language) : ''; },
      placeOf: (orgId) => {
        const o = orgId ? byId.get(orgId) : undefined;
        if (o?.kind === 'territory') return { territoryId: o.id, gridId: null };
        if (o?.kind === 'grid' && o.parentId) return { territoryId: o.parentId, gridId: o.id };
        return null;
      },
      loading: orgs.loading,
    };
  }, [orgs.data, orgs.loading, i18n.language]);
}
