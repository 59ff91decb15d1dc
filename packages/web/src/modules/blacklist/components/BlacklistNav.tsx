// The views under 黑名单 (entries, joint-punishment notices, settings) as tabs: the menu has one entry.
import { useAuth } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';
import { SubNav } from '../../shared/components/SubNav';
import { blacklistUrls } from '../api/blacklist.api';

const views = [
  { key: 'entries', path: blacklistUrls.list, adminOnly: false },
  { key: 'notices', path: blacklistUrls.notices, adminOnly: false },
  { key: 'settings', path: blacklistUrls.settings, adminOnly: false },
] as const;

export function BlacklistNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { user } = useAuth();
  // An enterprise sees its own entries only; notices and settings are the government's.
  const shown = views.filter((v) => v.key === 'entries' || (user && user.role !== 'enterprise' && (!v.adminOnly || can.admin(user.role))));
  return <SubNav views={shown} active={active} testId="blacklist" labelPrefix="blacklist.nav" className="blacklist-subnav" style={{ marginBottom: 16 }} />;
}
