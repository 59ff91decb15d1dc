// The views under 黑名单 (entries, joint-punishment notices, settings) as tabs: the menu has one entry.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';
import { blacklistUrls } from '../api/blacklist.api';

const views = [
  { key: 'entries', path: blacklistUrls.list, adminOnly: false },
  { key: 'notices', path: blacklistUrls.notices, adminOnly: false },
  { key: 'settings', path: blacklistUrls.settings, adminOnly: false },
] as const;

export function BlacklistNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  // An enterprise sees its own entries only; notices and settings are the government's.
  const shown = views.filter((v) => v.key === 'entries' || (user && user.role !== 'enterprise' && (!v.adminOnly || can.admin(user.role))));
  if (shown.length < 2) return null;
  return (
    <Segmented
      className="blacklist-subnav"
      data-testid="blacklist-subnav"
      style={{ marginBottom: 16 }}
      value={active}
      onChange={(key) => { const v = views.find((x) => x.key === key); if (v) void navigate(v.path); }}
      options={shown.map((v) => ({ value: v.key, label: <span data-testid={`blacklist-tab-${v.key}`}>{t(`blacklist.nav.${v.key}`)}</span> }))}
    />
  );
}
