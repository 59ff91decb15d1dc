// Who is signed in. Asks GET /api/auth/me once at start; keeps the CSRF token in the API client; when any request
// answers 401 (session expired, signed out elsewhere) it forgets the user and sends them to the sign-in page,
// remembering where they were.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Role } from '@hazgov/domain/orgs/roles';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../../shared/api/client';
import { changeLocale, storedLocale } from '../../../i18n/i18n';
import { authApi, type Me } from '../api/auth.api';

type AuthState = {
  user: Me | null;
  ready: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
};

// A hint, not a credential: the session cookie is httpOnly, so the page remembers only that it signed in.
const SESSION_HINT = 'hazgov.signedIn';
function hadSession(): boolean {
  try { return localStorage.getItem(SESSION_HINT) === '1'; } catch { return true; }
}
function markSession(on: boolean): void {
  try { if (on) localStorage.setItem(SESSION_HINT, '1'); else localStorage.removeItem(SESSION_HINT); } catch { /* private mode */ }
  if (!on) rememberUser(null);
}
// Offline (issue 5, the inspection form reloaded without a network): who signed in last, so the page can open from
// the service worker's shell and IndexedDB. Only a label for the page — every request still needs the real session.
const LAST_USER = 'hazgov.lastUser';
function rememberUser(user: Me | null): void {
  try { if (user) localStorage.setItem(LAST_USER, JSON.stringify(user)); else localStorage.removeItem(LAST_USER); } catch { /* private mode */ }
}
function rememberedUser(): Me | null {
  try { return JSON.parse(localStorage.getItem(LAST_USER) ?? 'null') as Me | null; } catch { return null; }
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(() => {
    // Only ask the server when this browser signed in before: a first visit goes straight to the sign-in page
    // without a 401 in the console.
    if (!hadSession()) {
      setReady(true);
      return;
    }
    authApi.me().then(
      (s) => { setCsrfToken(s.csrfToken); rememberUser(s.user); setUser(s.user); setReady(true); },
      (e: unknown) => {
        const offline = !(e instanceof ApiError) || e.status === 0 || e.status >= 500; // no network or no server, not a refusal
        const last = offline ? rememberedUser() : null;
        if (last) setUser(last);
        else markSession(false);
        setReady(true);
      },
    );
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      markSession(false);
      setCsrfToken(null);
      setUser(null);
      if (!location.pathname.startsWith('/login')) {
        const next = encodeURIComponent(location.pathname + location.search);
        void navigate(`/login?expired=1&next=${next}`, { replace: true });
      }
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, location.pathname, location.search]);

  const login = useCallback(async (username: string, password: string) => {
    const s = await authApi.login(username, password);
    setCsrfToken(s.csrfToken);
    markSession(true);
    rememberUser(s.user);
    // The user's saved language applies unless this browser has made its own choice.
    if (!storedLocale() && (s.user.locale === 'en' || s.user.locale === 'zh-CN')) await changeLocale(s.user.locale);
    setUser(s.user);
    return s.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      markSession(false);
      setCsrfToken(null);
      setUser(null);
      void navigate('/login', { replace: true });
    }
  }, [navigate]);

  const hasRole = useCallback((...roles: Role[]) => !!user && roles.includes(user.role), [user]);
  const value = useMemo(() => ({ user, ready, login, logout, hasRole }), [user, ready, login, logout, hasRole]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in user, for pages that only render inside the authenticated layout. */
export function useMe(): Me {
  const { user } = useAuth();
  if (!user) throw new Error('useMe without a user');
  return user;
}
