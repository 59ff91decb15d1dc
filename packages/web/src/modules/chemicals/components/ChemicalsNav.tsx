// The three views under 化学品目录 (catalog, 禁限控目录, editions) as tabs: the menu has one entry.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const views = [
  { key: 'catalog', path: '/chemicals' },
  { key: 'restrictions', path: '/chemicals/restrictions' },
  { key: 'editions', path: '/chemicals/editions' },
] as const;

export function ChemicalsNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Segmented
      style={{ marginBottom: 12 }}
      data-testid="chem-subnav"
      value={active}
      onChange={(key) => { const v = views.find((x) => x.key === key); if (v) void navigate(v.path); }}
      options={views.map((v) => ({ value: v.key, label: <span data-testid={`chem-tab-${v.key}`}>{t(`chemicals.nav.${v.key}`)}</span> }))}
    />
  );
}
