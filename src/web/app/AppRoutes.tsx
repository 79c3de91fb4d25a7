import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router-dom";
import { SignInPage } from "../auth/SignInPage.js";
import { Loading } from "../ui/Loading.js";
import { AuthGate } from "./AuthGate.js";
import { PATHS } from "./access.js";
import { withArea } from "./area.js";
import { loadShellPages } from "./shell-pages.js";

// The first download holds what every page needs and the sign-in page. The signed-in frame with
// the home pages (Kinerja Saya, Pegawai Saya) is a second file, fetched while /api/me answers;
// everything else is fetched when first visited, with a loader in the page's place meanwhile.
const Shell = lazy(() => loadShellPages().then((m) => ({ default: m.Shell })));
const HomeRedirect = lazy(() => loadShellPages().then((m) => ({ default: m.HomeRedirect })));
const MyCyclesPage = lazy(() => loadShellPages().then((m) => ({ default: m.MyCyclesPage })));
// Every page beyond the first screens brings its area's strings and all of Mantine's styles along (withArea).
const MyStaffPage = lazy(withArea(() => import("../home/MyStaffPage.js").then((m) => ({ default: m.MyStaffPage }))));
const AdminRoutes = lazy(withArea(() => import("../admin/AdminRoutes.js")));
const PlanningRoutes = lazy(withArea(() => import("../planning/PlanningRoutes.js")));
const ReviewRoutes = lazy(withArea(() => import("../review/ReviewRoutes.js")));
const PracticeRoutes = lazy(withArea(() => import("../practice/PracticeRoutes.js")));
const TimKinerjaPage = lazy(
  withArea(() => import("../tim-kinerja/TimKinerjaPage.js").then((m) => ({ default: m.TimKinerjaPage }))),
);
// The dashboards draw with recharts, which only this page imports: it never joins the first download.
const DashboardPage = lazy(
  withArea(() => import("../dashboard/DashboardPage.js").then((m) => ({ default: m.DashboardPage }))),
);
// The results page brings recharts along: only this page draws charts.
const ResultsPage = lazy(withArea(() => import("../results/ResultsPage.js").then((m) => ({ default: m.ResultsPage }))));
const SurveyRoutes = lazy(withArea(() => import("../survey/SurveyRoutes.js")));
const ChangePasswordPage = lazy(
  withArea(() => import("../auth/ChangePasswordPage.js").then((m) => ({ default: m.ChangePasswordPage }))),
);
const EmailSettingsPage = lazy(
  withArea(() => import("../mail/EmailSettingsPage.js").then((m) => ({ default: m.EmailSettingsPage }))),
);
const NotFoundPage = lazy(withArea(() => import("./NotFoundPage.js").then((m) => ({ default: m.NotFoundPage }))));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path={PATHS.signIn} element={<SignInPage />} />
        <Route element={<AuthGate forcedPasswordChange={<ChangePasswordPage forced />} />}>
          <Route element={<Shell />}>
            <Route index element={<HomeRedirect />} />
            <Route path={PATHS.mine} element={<MyCyclesPage />} />
            <Route path={PATHS.staff} element={<MyStaffPage />} />
            <Route path={PATHS.changePassword} element={<ChangePasswordPage />} />
            <Route path={PATHS.emailSettings} element={<EmailSettingsPage />} />
            <Route path={`${PATHS.admin}/*`} element={<AdminRoutes />} />
            <Route path={`${PATHS.planning}/*`} element={<PlanningRoutes />} />
            <Route path={`${PATHS.review}/*`} element={<ReviewRoutes />} />
            <Route path={`${PATHS.practice}/*`} element={<PracticeRoutes />} />
            <Route path={`${PATHS.survey}/*`} element={<SurveyRoutes />} />
            <Route path={PATHS.timKinerjaWorkspace} element={<TimKinerjaPage />} />
            <Route path={PATHS.dashboard} element={<DashboardPage />} />
            <Route path={PATHS.results} element={<ResultsPage />} />
            <Route path="/home" element={<Navigate to="/" replace />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
