// The unread count behind the bell in the header: polled every minute, refreshed at once after the inbox changes.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAuth } from '../../auth/hooks/auth-context';
import { inboxApi } from '../api/inbox.api';

type UnreadState = { unread: number; refresh: () => void };
const UnreadContext = createContext<UnreadState>({ unread: 0, refresh: () => undefined });

export function UnreadProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(() => {
    if (!user) return;
    inboxApi.list(true).then((r) => setUnread(r.unread), () => undefined);
  }, [user]);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, 60_000);
    return () => window.clearInterval(timer);
  }, [refresh]);
  const value = useMemo(() => ({ unread, refresh }), [unread, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export function useUnread(): UnreadState {
  return useContext(UnreadContext);
}
