// The signed-in user as the client sees it; the organisation path (a jurisdiction key) stays on the server.
import type { SessionUser } from '@hazgov/app/auth/session-user';
import type { Me } from './auth.schemas.js';

export function presentMe(user: SessionUser): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    organisation: { id: user.organisation.id, name: user.organisation.name, nameEn: user.organisation.nameEn, kind: user.organisation.kind },
    locale: user.locale,
  };
}
