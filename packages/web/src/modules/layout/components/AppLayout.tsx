// The 政务 frame: a dark-blue header with the platform name and the district, the left menu (a drawer on
// phones), breadcrumbs, and the page in the content area.
import { BellOutlined, HomeOutlined, MenuOutlined } from '@ant-design/icons';
import { Badge, Breadcrumb, Button, Drawer, Grid, Layout, Tooltip } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useUnread } from '../../inbox/hooks/unread-context';
import { Loading } from '../../shared/components/Loading';
import { useCrumbState } from '../hooks/crumbs';
import { LanguageSwitch } from './LanguageSwitch';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';

const { Header, Sider, Content, Footer } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.lg;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { unread } = useUnread();
  const { crumbs } = useCrumbState();

  return (
    <Layout className="app-shell">
      <Header className="app-header" data-testid="app-header">
        {mobile && (
          <Button type="text" className="app-header__burger" icon={<MenuOutlined />} aria-label={t('nav.menu')}
            data-testid="menu-toggle" onClick={() => setDrawerOpen(true)} />
        )}
        <Link to="/" className="app-header__brand">
          <img src="/favicon.svg" alt="" className="app-header__logo" />
          <span className="app-header__title" data-testid="app-title">{t('app.title')}</span>
          {screens.sm && <span className="app-header__district" data-testid="app-district">{t('app.district')}</span>}
        </Link>
        <div className="app-header__right">
          {screens.md && <LanguageSwitch className="app-header__lang" />}
          <Tooltip title={t('nav.inbox')}>
            <Link to="/inbox" className="app-header__bell" data-testid="inbox-bell" aria-label={t('nav.inbox')}>
              <Badge count={unread} size="small" overflowCount={99} data-testid="inbox-badge">
                <BellOutlined />
              </Badge>
            </Link>
          </Tooltip>
          <UserMenu compact={!screens.md} />
        </div>
      </Header>
      <Layout>
        {!mobile && (
          <Sider width={216} theme="light" collapsible collapsed={collapsed} onCollapse={setCollapsed} className="app-sider">
            <SideMenu />
          </Sider>
        )}
        {mobile && (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={260}
            title={t('app.shortTitle')} styles={{ body: { padding: 0 } }} data-testid="menu-drawer">
            <div className="drawer-lang"><LanguageSwitch /></div>
            <SideMenu onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        )}
        <Layout className="app-main">
          <Breadcrumb
            className="app-breadcrumb"
            data-testid="breadcrumb"
            items={[
              { title: <Link to="/"><HomeOutlined /> {t('nav.home')}</Link> },
              ...crumbs.map((c, i) => ({ title: c.path && i < crumbs.length - 1 ? <Link to={c.path}>{c.title}</Link> : c.title })),
            ]}
          />
          <Content className="app-content">
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer className="app-footer">{t('app.footer')}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
