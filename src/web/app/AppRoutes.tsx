import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router-dom";
import { ChangePasswordPage } from "../auth/ChangePasswordPage.js";
import { SignInPage } from "../auth/SignInPage.js";
import { HomeRedirect } from "../home/HomeRedirect.js";
import { MyCyclesPage } from "../home/MyCyclesPage.js";
import { MyStaffPage } from "../home/MyStaffPage.js";
import { Loading } from "../ui/Loading.js";
import { AuthGate } from "./AuthGate.js";
import { PATHS } from "./access.js";
import { NotFoundPage } from "./NotFoundPage.js";
import { Shell } from "./Shell.js";

// Admin pages are for a few people: keep them out of the bundle everyone downloads.
const AdminRoutes = lazy(() => import("../admin/AdminRoutes.js"));
const PlanningRoutes = lazy(() => import("../planning/PlanningRoutes.js"));
const ReviewRoutes = lazy(() => import("../review/ReviewRoutes.js"));

export function AppRoutes() {
  return (
    <Routes>
      <Route path={PATHS.signIn} element={<SignInPage />} />
      <Route element={<AuthGate />}>
        <Route element={<Shell />}>
          <Route index element={<HomeRedirect />} />
          <Route path={PATHS.mine} element={<MyCyclesPage />} />
          <Route path={PATHS.staff} element={<MyStaffPage />} />
          <Route path={PATHS.changePassword} element={<ChangePasswordPage />} />
          <Route
            path={`${PATHS.admin}/*`}
            element={
              <Suspense fallback={<Loading />}>
                <AdminRoutes />
              </Suspense>
            }
          />
          <Route
            path={`${PATHS.planning}/*`}
            element={
              <Suspense fallback={<Loading />}>
                <PlanningRoutes />
              </Suspense>
            }
          />
          <Route
            path={`${PATHS.review}/*`}
            element={
              <Suspense fallback={<Loading />}>
                <ReviewRoutes />
              </Suspense>
            }
          />
          <Route path="/home" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
