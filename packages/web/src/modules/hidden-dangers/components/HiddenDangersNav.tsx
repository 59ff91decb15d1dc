// The tabs between the hidden-danger views: the list, the statistics, the settings (the district office only).
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../auth/hooks/auth-context';
import { findingUrls } from '../api/hidden-dangers.api';

type Tab = 'list' | 'stats' | 'settings';

export function HiddenDangersNav({ active }: { active: Tab }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const items = [
    { key: 'list', label: t('hiddenDangers.nav.list') },
    ...(me.role !== 'enterprise' ? [{ key: 'stats', label: t('hiddenDangers.nav.stats') }] : []),
    ...(me.role !== 'enterprise' ? [{ key: 'settings', label: t('hiddenDangers.nav.settings') }] : []),
  ];
  const to: Record<Tab, string> = { list: findingUrls.list, stats: findingUrls.stats, settings: findingUrls.settings };
  return <Tabs activeKey={active} items={items} onChange={(k) => void navigate(to[k as Tab])} data-testid="hd-nav" className="hd-nav" />;
}
