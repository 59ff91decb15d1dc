// The views under 风险分级管控 (points, dashboard, area risk, settings) as tabs: the menu has one entry.
import { useAuth } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';
import { SubNav } from '../../shared/components/SubNav';

const views = [
  { key: 'points', path: '/risk', adminOnly: false },
  { key: 'dashboard', path: '/risk/dashboard', adminOnly: false },
  { key: 'areas', path: '/risk/areas', adminOnly: false },
  { key: 'settings', path: '/risk/settings', adminOnly: true },
] as const;

export function RiskNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { user } = useAuth();
  const shown = views.filter((v) => !v.adminOnly || (user && can.admin(user.role)));
  return <SubNav views={shown} active={active} testId="risk" labelPrefix="risk.nav" className="risk-subnav" />;
}
