// The views under 风险分级管控 (points, dashboard, area risk, settings) as tabs: the menu has one entry.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';

const views = [
  { key: 'points', path: '/risk', adminOnly: false },
  { key: 'dashboard', path: '/risk/dashboard', adminOnly: false },
  { key: 'areas', path: '/risk/areas', adminOnly: false },
  { key: 'settings', path: '/risk/settings', adminOnly: true },
] as const;

export function RiskNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const shown = views.filter((v) => !v.adminOnly || (user && can.admin(user.role)));
  return (
    <Segmented
      className="risk-subnav"
      data-testid="risk-subnav"
      value={active}
      onChange={(key) => { const v = views.find((x) => x.key === key); if (v) void navigate(v.path); }}
      options={shown.map((v) => ({ value: v.key, label: <span data-testid={`risk-tab-${v.key}`}>{t(`risk.nav.${v.key}`)}</span> }))}
    />
  );
}
