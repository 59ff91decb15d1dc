// The views under 执法检查 as tabs: the records (the phone's list), the plans with their 双随机 draws, the checklists.
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';
import { inspectionUrls } from '../api/inspections.api';

const views = [
  { key: 'records', path: inspectionUrls.list, planner: false },
  { key: 'plans', path: inspectionUrls.plans, planner: true },
  { key: 'templates', path: inspectionUrls.templates, planner: false },
] as const;

export function InspectionsNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const government = !!user && user.role !== 'enterprise' && user.role !== 'agency';
  const shown = views.filter((v) => government && (!v.planner || can.planInspections(user.role) || can.inspect(user.role)));
  if (shown.length < 2) return null;
  return (
    <Segmented
      className="insp-subnav"
      data-testid="inspections-subnav"
      value={active}
      onChange={(key) => { const v = views.find((x) => x.key === key); if (v) void navigate(v.path); }}
      options={shown.map((v) => ({ value: v.key, label: <span data-testid={`inspections-tab-${v.key}`}>{t(`inspections.nav.${v.key}`)}</span> }))}
    />
  );
}
