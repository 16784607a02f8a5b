import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Navigate, NavLink, Outlet, Route, Routes, useLocation, useNavigate } from 'react-router';
import { logOut, setUnauthorizedHandler } from './api/client';
import { getSession, onSessionChange, type Session } from './auth/session';
import { t } from './i18n/zh-CN';
import { navFor } from './nav';
import { LoginPage } from './pages/LoginPage';

// The dashboard carries ECharts (most of the bundle): load it after login, not on the login page.
const DashboardPage = lazy(() => import('./pages/leader/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const StationsPage = lazy(() => import('./pages/registers/StationsPage').then((m) => ({ default: m.StationsPage })));
const AgentsPage = lazy(() => import('./pages/registers/AgentsPage').then((m) => ({ default: m.AgentsPage })));
const CaseListPage = lazy(() => import('./pages/cases/CaseListPage').then((m) => ({ default: m.CaseListPage })));
const CaseDetailPage = lazy(() => import('./pages/cases/CaseDetailPage').then((m) => ({ default: m.CaseDetailPage })));
const AuditLogPage = lazy(() => import('./pages/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const EtlStatusPage = lazy(() => import('./pages/admin/EtlStatusPage').then((m) => ({ default: m.EtlStatusPage })));
const PasswordPage = lazy(() => import('./pages/account/PasswordPage').then((m) => ({ default: m.PasswordPage })));
const CataloguePage = lazy(() => import('./pages/catalogue/CataloguePage').then((m) => ({ default: m.CataloguePage })));
const WorkbenchPage = lazy(() => import('./pages/workbench/WorkbenchPage').then((m) => ({ default: m.WorkbenchPage })));
const NewConsultationPage = lazy(() => import('./pages/workbench/ConsultationPage').then((m) => ({ default: m.NewConsultationPage })));
const ConsultationPage = lazy(() => import('./pages/workbench/ConsultationPage').then((m) => ({ default: m.ConsultationPage })));
const CommissionPage = lazy(() => import('./pages/workbench/CommissionPage').then((m) => ({ default: m.CommissionPage })));
const NoticePage = lazy(() => import('./pages/workbench/NoticePage').then((m) => ({ default: m.NoticePage })));
const HandoffsPage = lazy(() => import('./pages/workbench/HandoffsPage').then((m) => ({ default: m.HandoffsPage })));
const RectificationListPage = lazy(() => import('./pages/rectifications/RectificationListPage').then((m) => ({ default: m.RectificationListPage })));
const RectificationDetailPage = lazy(() => import('./pages/rectifications/RectificationDetailPage').then((m) => ({ default: m.RectificationDetailPage })));
const SuggestionsPage = lazy(() => import('./pages/rectifications/SuggestionsPage').then((m) => ({ default: m.SuggestionsPage })));
const ProposalsPage = lazy(() => import('./pages/catalogue/ProposalsPage').then((m) => ({ default: m.ProposalsPage })));
const DemandPage = lazy(() => import('./pages/catalogue/demand/DemandPage').then((m) => ({ default: m.DemandPage })));
const EvaluationsPage = lazy(() => import('./pages/evaluations/EvaluationsPage').then((m) => ({ default: m.EvaluationsPage })));
const SurveysPage = lazy(() => import('./pages/evaluations/SurveysPage').then((m) => ({ default: m.SurveysPage })));
const ReplySlipPage = lazy(() => import('./pages/evaluations/ReplySlipPage').then((m) => ({ default: m.ReplySlipPage })));
// DB1405 8.1.3 / 4.4 public disclosure: its own chunk (with ECharts), outside the login.
const PublicRoutes = lazy(() => import('./pages/public/PublicRoutes'));

function useSession(): Session | null {
  const [session, setSession] = useState(getSession);
  useEffect(() => onSessionChange(setSession), []);
  return session;
}

function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location }} />;
  return <>{children}</>;
}

function AppLayout() {
  const session = useSession();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = t.appTitle;
  }, []);
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar__inner">
          <div className="brand">
            <span className="brand__mark" aria-hidden="true">
              代
            </span>
            <div>
              <h1 className="brand__title">{t.appTitle}</h1>
              <p className="brand__sub">{t.appSubtitle}</p>
            </div>
          </div>
          <div className="topbar__user">
            <span className="topbar__name" data-testid="user-display-name">
              {session?.user.displayName}
            </span>
            <button type="button" className="btn btn--ghost" onClick={() => navigate('/account/password')}>
              {t.account.link}
            </button>
            <button
              type="button"
              className="btn btn--ghost"
              onClick={async () => {
                await logOut(); // revoke the login on the server, then forget it here
                // A fresh page: no personal data left in memory, and the next login starts at home.
                window.location.replace('/login');
              }}
            >
              {t.logout}
            </button>
          </div>
        </div>
      </header>
      <nav className="mainnav" aria-label="主菜单">
        <div className="mainnav__inner">
          {navFor(session?.user.role ?? '').map((n) => (
            <NavLink key={n.path} to={n.path} end={n.end ?? n.path === '/'} className="mainnav__link">
              {n.label}
            </NavLink>
          ))}
        </div>
      </nav>
      <Suspense fallback={<div className="placeholder">{t.dashboard.loading}</div>}>
        <Outlet />
      </Suspense>
    </div>
  );
}

export function App() {
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;

  // A 401 from any call: the session is gone (the client cleared it); log in again, then come back.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const from = locationRef.current;
      // the public pages have no login to return to (and make no authenticated calls)
      if (from.pathname !== '/login' && !from.pathname.startsWith('/public')) navigate('/login', { replace: true, state: { from } });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate]);

  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/public/*"
        element={
          <Suspense fallback={<div className="placeholder">{t.dashboard.loading}</div>}>
            <PublicRoutes />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="stations" element={<StationsPage />} />
        <Route path="agents" element={<AgentsPage />} />
        <Route path="cases" element={<CaseListPage />} />
        <Route path="cases/:id" element={<CaseDetailPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="admin/etl" element={<EtlStatusPage />} />
        <Route path="account/password" element={<PasswordPage />} />
        <Route path="catalogue" element={<CataloguePage />} />
        <Route path="catalogue/proposals" element={<ProposalsPage />} />
        <Route path="catalogue/demand" element={<DemandPage />} />
        <Route path="workbench" element={<WorkbenchPage />} />
        <Route path="workbench/consultations/new" element={<NewConsultationPage />} />
        <Route path="workbench/consultations/:id" element={<ConsultationPage />} />
        <Route path="workbench/commission" element={<CommissionPage />} />
        <Route path="cases/:id/notice" element={<NoticePage />} />
        <Route path="cases/:id/reply-slip" element={<ReplySlipPage />} />
        <Route path="evaluations" element={<EvaluationsPage />} />
        <Route path="surveys" element={<SurveysPage />} />
        <Route path="handoffs" element={<HandoffsPage />} />
        <Route path="rectifications" element={<RectificationListPage />} />
        <Route path="rectifications/:id" element={<RectificationDetailPage />} />
        <Route path="suggestions" element={<SuggestionsPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
