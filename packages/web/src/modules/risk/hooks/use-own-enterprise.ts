// An enterprise user's own enterprise (its units and sites for the pickers): the one enterprise its list holds.
import { useAuth } from '../../auth/hooks/auth-context';
import { enterprisesApi } from '../../enterprises/api/enterprises.api';
import type { EnterpriseDetail } from '../../enterprises/api/enterprises.types';
import { useAsync } from '../../shared/hooks/use-async';

export function useOwnEnterprise(): { enterprise: EnterpriseDetail | undefined; loading: boolean } {
  const { user } = useAuth();
  const isEnterprise = user?.role === 'enterprise';
  const own = useAsync(async () => {
    const list = await enterprisesApi.list({ pageSize: 1 });
    const first = list.items[0];
    return first ? enterprisesApi.get(first.id) : undefined;
  }, [isEnterprise], isEnterprise);
  return { enterprise: own.data, loading: own.loading };
}
