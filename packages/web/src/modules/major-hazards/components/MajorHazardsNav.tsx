// The three views under 重大危险源 (register, calculator, monitoring requirements) as tabs: the menu has one entry.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

const views = [
  { key: 'register', path: '/major-hazards' },
  { key: 'identify', path: '/major-hazards/identify' },
  { key: 'monitoring', path: '/major-hazards/monitoring' },
] as const;

export function MajorHazardsNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Segmented
      className="mh-subnav"
      data-testid="mh-subnav"
      value={active}
      onChange={(key) => { const v = views.find((x) => x.key === key); if (v) void navigate(v.path); }}
      options={views.map((v) => ({ value: v.key, label: <span data-testid={`mh-tab-${v.key}`}>{t(`majorHazards.nav.${v.key}`)}</span> }))}
    />
  );
}
