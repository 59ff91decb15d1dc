// The views under 执法检查 as tabs: the records (the phone's list), the plans with their 双随机 draws, the checklists.
import { useAuth } from '../../auth/hooks/auth-context';
import { can } from '../../auth/utils/access';
import { SubNav } from '../../shared/components/SubNav';
import { inspectionUrls } from '../api/inspections.api';

const views = [
  { key: 'records', path: inspectionUrls.list, planner: false },
  { key: 'plans', path: inspectionUrls.plans, planner: true },
  { key: 'templates', path: inspectionUrls.templates, planner: false },
] as const;

export function InspectionsNav({ active }: { active: (typeof views)[number]['key'] }) {
  const { user } = useAuth();
  const government = !!user && user.role !== 'enterprise' && user.role !== 'agency';
  const shown = views.filter((v) => government && (!v.planner || can.planInspections(user.role) || can.inspect(user.role)));
  return <SubNav views={shown} active={active} testId="inspections" labelPrefix="inspections.nav" className="insp-subnav" />;
}
