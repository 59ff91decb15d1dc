import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../auth/hooks/auth-context';
import { usePlans } from '../../plans/hooks/plan-context';
import { navItems, navPath, selectedNavKey } from './nav-items';

export function SideMenu({ onNavigate, theme = 'light' }: { onNavigate?: () => void; theme?: 'light' | 'dark' }) {
  const { t } = useTranslation();
  const me = useMe();
  const { defaultPlanId } = usePlans();
  const location = useLocation();
  const planMatch = /^\/plans\/([^/]+)/.exec(location.pathname);
  const planId = planMatch?.[1] ? decodeURIComponent(planMatch[1]) : defaultPlanId;

  const visible = navItems.filter((i) => i.show(me.role));
  const toItem = (i: (typeof visible)[number]) => ({
    key: i.key,
    icon: i.icon,
    label: <Link to={navPath(i, planId)} data-testid={`nav-${i.key}`} onClick={onNavigate}>{t(`nav.${i.key}`)}</Link>,
  });
  const main = visible.filter((i) => !i.group).map(toItem);
  const system = visible.filter((i) => i.group === 'system').map(toItem);
  const items: MenuProps['items'] = system.length > 0
    ? [...main, { type: 'group', key: 'system', label: t('nav.system'), children: system }]
    : main;

  return (
    <Menu
      mode="inline"
      theme={theme}
      data-testid="side-menu"
      selectedKeys={[selectedNavKey(location.pathname)]}
      items={items}
      className="side-menu"
    />
  );
}
