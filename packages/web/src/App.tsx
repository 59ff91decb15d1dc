// The application root: antd theme and locale, providers (auth, plan, inbox, breadcrumbs) and the routes.
// Every page is its own chunk (React.lazy) so the first screen loads only what it needs.
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AuthProvider, useAuth } from './modules/auth/hooks/auth-context';
import { UnreadProvider } from './modules/inbox/hooks/unread-context';
import { AppLayout } from './modules/layout/components/AppLayout';
import { CrumbProvider } from './modules/layout/hooks/crumbs';
import { PlanProvider } from './modules/plans/hooks/plan-context';
import { Loading } from './modules/shared/components/Loading';
import { HomeRedirect } from './pages/HomeRedirect';

function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const DashboardPage = lazyPage(() => import('./pages/DashboardPage'), 'DashboardPage');
const BoardPage = lazyPage(() => import('./pages/BoardPage'), 'BoardPage');
const TaskPage = lazyPage(() => import('./pages/TaskPage'), 'TaskPage');
const UnitPage = lazyPage(() => import('./pages/UnitPage'), 'UnitPage');
const MyReportsPage = lazyPage(() => import('./pages/MyReportsPage'), 'MyReportsPage');
const ReviewPage = lazyPage(() => import('./pages/ReviewPage'), 'ReviewPage');
const SubmissionsPage = lazyPage(() => import('./pages/SubmissionsPage'), 'SubmissionsPage');
const AssessmentPage = lazyPage(() => import('./pages/AssessmentPage'), 'AssessmentPage');
const NoticesPage = lazyPage(() => import('./pages/NoticesPage'), 'NoticesPage');
const InboxPage = lazyPage(() => import('./pages/InboxPage'), 'InboxPage');
const CalendarPage = lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage');
const ImportPage = lazyPage(() => import('./pages/ImportPage'), 'ImportPage');
const AliasesPage = lazyPage(() => import('./pages/AliasesPage'), 'AliasesPage');
const UsersPage = lazyPage(() => import('./pages/UsersPage'), 'UsersPage');
const AuditPage = lazyPage(() => import('./pages/AuditPage'), 'AuditPage');
const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage');
// issue 3: enterprises (modules/enterprises), major hazards (modules/major-hazards), chemicals (modules/chemicals)
const EnterpriseListPage = lazyPage(() => import('./pages/EnterpriseListPage'), 'EnterpriseListPage');
const EnterprisePage = lazyPage(() => import('./pages/EnterprisePage'), 'EnterprisePage');
const EnterpriseImportPage = lazyPage(() => import('./pages/EnterpriseImportPage'), 'EnterpriseImportPage');
const DeclarationReviewPage = lazyPage(() => import('./pages/DeclarationReviewPage'), 'DeclarationReviewPage');
const MajorHazardsPage = lazyPage(() => import('./pages/MajorHazardsPage'), 'MajorHazardsPage');
const MajorHazardPage = lazyPage(() => import('./pages/MajorHazardPage'), 'MajorHazardPage');
const IdentifyCalculatorPage = lazyPage(() => import('./pages/IdentifyCalculatorPage'), 'IdentifyCalculatorPage');
const MonitoringRequirementsPage = lazyPage(() => import('./pages/MonitoringRequirementsPage'), 'MonitoringRequirementsPage');
const ChemicalsPage = lazyPage(() => import('./pages/ChemicalsPage'), 'ChemicalsPage');
const RestrictionListPage = lazyPage(() => import('./pages/RestrictionListPage'), 'RestrictionListPage');
const CatalogEditionsPage = lazyPage(() => import('./pages/CatalogEditionsPage'), 'CatalogEditionsPage');
const RiskPointsPage = lazyPage(() => import('./pages/RiskPointsPage'), 'RiskPointsPage');
const RiskPointPage = lazyPage(() => import('./pages/RiskPointPage'), 'RiskPointPage');
const RiskDashboardPage = lazyPage(() => import('./pages/RiskDashboardPage'), 'RiskDashboardPage');
const AreaRiskPage = lazyPage(() => import('./pages/AreaRiskPage'), 'AreaRiskPage');
const RiskSettingsPage = lazyPage(() => import('./pages/RiskSettingsPage'), 'RiskSettingsPage');
const MapPage = lazyPage(() => import('./pages/MapPage'), 'MapPage');
const MapDataPage = lazyPage(() => import('./pages/MapDataPage'), 'MapDataPage');
// issue 5: inspections (modules/inspections), hidden dangers, enforcement, blacklist, the public portal
const InspectionsPage = lazyPage(() => import('./pages/InspectionsPage'), 'InspectionsPage');
const InspectionPage = lazyPage(() => import('./pages/InspectionPage'), 'InspectionPage');
const InspectionPlansPage = lazyPage(() => import('./pages/InspectionPlansPage'), 'InspectionPlansPage');
const InspectionPlanPage = lazyPage(() => import('./pages/InspectionPlanPage'), 'InspectionPlanPage');
const ChecklistTemplatesPage = lazyPage(() => import('./pages/ChecklistTemplatesPage'), 'ChecklistTemplatesPage');
const HiddenDangersPage = lazyPage(() => import('./pages/HiddenDangersPage'), 'HiddenDangersPage');
const HiddenDangerPage = lazyPage(() => import('./pages/HiddenDangerPage'), 'HiddenDangerPage');
const HiddenDangerStatsPage = lazyPage(() => import('./pages/HiddenDangerStatsPage'), 'HiddenDangerStatsPage');
const HiddenDangerSettingsPage = lazyPage(() => import('./pages/HiddenDangerSettingsPage'), 'HiddenDangerSettingsPage');
const EnforcementPage = lazyPage(() => import('./pages/EnforcementPage'), 'EnforcementPage');
const EnforcementCasePage = lazyPage(() => import('./pages/EnforcementCasePage'), 'EnforcementCasePage');
const BlacklistPage = lazyPage(() => import('./pages/BlacklistPage'), 'BlacklistPage');
const BlacklistEntryPage = lazyPage(() => import('./pages/BlacklistEntryPage'), 'BlacklistEntryPage');
const JointNoticesPage = lazyPage(() => import('./pages/JointNoticesPage'), 'JointNoticesPage');
const BlacklistSettingsPage = lazyPage(() => import('./pages/BlacklistSettingsPage'), 'BlacklistSettingsPage');
const PublicPortalPage = lazyPage(() => import('./pages/PublicPortalPage'), 'PublicPortalPage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');

function RequireAuth() {
  const { user, ready } = useAuth();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <PlanProvider>
      <UnreadProvider>
        <CrumbProvider>
          <AppLayout />
        </CrumbProvider>
      </UnreadProvider>
    </PlanProvider>
  );
}

function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/public" element={<PublicPortalPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRedirect />} />
          <Route path="plans/:planId">
            <Route index element={<Navigate to="dashboard" replace />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="board" element={<BoardPage />} />
            <Route path="tasks/:taskId" element={<TaskPage />} />
            <Route path="units/:unitId" element={<UnitPage />} />
            <Route path="my-reports" element={<MyReportsPage />} />
            <Route path="review" element={<ReviewPage />} />
            <Route path="submissions" element={<SubmissionsPage />} />
            <Route path="assessment" element={<AssessmentPage />} />
          </Route>
          <Route path="notices" element={<NoticesPage />} />
          <Route path="enterprises" element={<EnterpriseListPage />} />
          <Route path="enterprises/import" element={<EnterpriseImportPage />} />
          <Route path="enterprises/:enterpriseId" element={<EnterprisePage />} />
          <Route path="declarations" element={<DeclarationReviewPage />} />
          <Route path="major-hazards" element={<MajorHazardsPage />} />
          <Route path="major-hazards/identify" element={<IdentifyCalculatorPage />} />
          <Route path="major-hazards/monitoring" element={<MonitoringRequirementsPage />} />
          <Route path="major-hazards/:unitId" element={<MajorHazardPage />} />
          <Route path="chemicals" element={<ChemicalsPage />} />
          <Route path="chemicals/restrictions" element={<RestrictionListPage />} />
          <Route path="chemicals/editions" element={<CatalogEditionsPage />} />
          <Route path="risk" element={<RiskPointsPage />} />
          <Route path="risk/points/:pointId" element={<RiskPointPage />} />
          <Route path="risk/dashboard" element={<RiskDashboardPage />} />
          <Route path="risk/areas" element={<AreaRiskPage />} />
          <Route path="risk/settings" element={<RiskSettingsPage />} />
          <Route path="map" element={<MapPage />} />
          <Route path="map/data" element={<MapDataPage />} />
          <Route path="inspections" element={<InspectionsPage />} />
          <Route path="inspections/plans" element={<InspectionPlansPage />} />
          <Route path="inspections/plans/:planId" element={<InspectionPlanPage />} />
          <Route path="inspections/templates" element={<ChecklistTemplatesPage />} />
          <Route path="inspections/:inspectionId" element={<InspectionPage />} />
          <Route path="hidden-dangers" element={<HiddenDangersPage />} />
          <Route path="hidden-dangers/stats" element={<HiddenDangerStatsPage />} />
          <Route path="hidden-dangers/settings" element={<HiddenDangerSettingsPage />} />
          <Route path="hidden-dangers/:findingId" element={<HiddenDangerPage />} />
          <Route path="enforcement" element={<EnforcementPage />} />
          <Route path="enforcement/:caseId" element={<EnforcementCasePage />} />
          <Route path="blacklist" element={<BlacklistPage />} />
          <Route path="blacklist/notices" element={<JointNoticesPage />} />
          <Route path="blacklist/settings" element={<BlacklistSettingsPage />} />
          <Route path="blacklist/:entryId" element={<BlacklistEntryPage />} />
          <Route path="inbox" element={<InboxPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="aliases" element={<AliasesPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={{
        algorithm: theme.defaultAlgorithm,
        token: { colorPrimary: '#1456b8', borderRadius: 4, fontFamily: "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif" },
        components: {
          Layout: { headerBg: '#0b3a75', headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f0f2f5' },
          Menu: { itemSelectedBg: '#e6efff', itemSelectedColor: '#0b3a75' },
          Table: { headerBg: '#f3f6fb' },
        },
      }}
    >
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
