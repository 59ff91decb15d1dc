// The left menu: one entry per page, each shown only to the roles that can use it.
import {
  AlertOutlined, EnvironmentOutlined, ExperimentOutlined, WarningOutlined, FileSearchOutlined, ShopOutlined,
  ApartmentOutlined, AuditOutlined, BellOutlined, CalendarOutlined, CloudUploadOutlined, DashboardOutlined, FileDoneOutlined, FormOutlined,
  NotificationOutlined, SafetyCertificateOutlined, TableOutlined, TeamOutlined, TrophyOutlined, ScheduleOutlined, BugOutlined,
  FileProtectOutlined, StopOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '@hazgov/domain/orgs/roles';
import { can } from '../../auth/utils/access';

export type NavItem = { key: string; icon: ReactNode; planScoped: boolean; show: (r: Role) => boolean; group?: 'system' };

export const navItems: NavItem[] = [
  { key: 'dashboard', icon: <DashboardOutlined />, planScoped: true, show: can.seePlans },
  { key: 'board', icon: <TableOutlined />, planScoped: true, show: can.seePlans },
  { key: 'my-reports', icon: <FormOutlined />, planScoped: true, show: can.report },
  { key: 'review', icon: <AuditOutlined />, planScoped: true, show: can.review },
  { key: 'submissions', icon: <FileDoneOutlined />, planScoped: true, show: can.seeSubmissions },
  { key: 'notices', icon: <NotificationOutlined />, planScoped: false, show: can.seeNotices },
  { key: 'assessment', icon: <TrophyOutlined />, planScoped: true, show: can.seeAssessment },
  { key: 'enterprises', icon: <ShopOutlined />, planScoped: false, show: can.seeEnterprises },
  { key: 'major-hazards', icon: <AlertOutlined />, planScoped: false, show: can.seeEnterprises },
  { key: 'risk', icon: <WarningOutlined />, planScoped: false, show: can.seeRisk },
  { key: 'map', icon: <EnvironmentOutlined />, planScoped: false, show: can.seeMap },
  { key: 'inspections', icon: <ScheduleOutlined />, planScoped: false, show: can.seeInspections },
  { key: 'hidden-dangers', icon: <BugOutlined />, planScoped: false, show: can.seeHiddenDangers },
  { key: 'enforcement', icon: <FileProtectOutlined />, planScoped: false, show: can.seeEnforcement },
  { key: 'blacklist', icon: <StopOutlined />, planScoped: false, show: can.seeBlacklist },
  { key: 'declarations', icon: <FileSearchOutlined />, planScoped: false, show: can.reviewDeclarations },
  { key: 'chemicals', icon: <ExperimentOutlined />, planScoped: false, show: () => true },
  { key: 'inbox', icon: <BellOutlined />, planScoped: false, show: () => true },
  { key: 'import', icon: <CloudUploadOutlined />, planScoped: false, show: can.importPlan, group: 'system' },
  { key: 'aliases', icon: <ApartmentOutlined />, planScoped: false, show: can.admin, group: 'system' },
  { key: 'calendar', icon: <CalendarOutlined />, planScoped: false, show: can.admin, group: 'system' },
  { key: 'users', icon: <TeamOutlined />, planScoped: false, show: can.admin, group: 'system' },
  { key: 'audit', icon: <SafetyCertificateOutlined />, planScoped: false, show: can.admin, group: 'system' },
];

export function navPath(item: NavItem, planId: string | null): string {
  if (!item.planScoped) return `/${item.key}`;
  return planId ? `/plans/${encodeURIComponent(planId)}/${item.key}` : '/';
}

/** Which menu entry a URL belongs to: a task or unit page lives under the board. */
export function selectedNavKey(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] === 'plans') {
    const section = parts[2] ?? 'dashboard';
    return section === 'tasks' || section === 'units' ? 'board' : section;
  }
  return parts[0] ?? 'dashboard';
}
