import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Navigate, Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../app/NotFoundPage.js";
import { useSession } from "../app/session.js";
import { AdminLayout } from "./AdminLayout.js";
import { AdminOnly } from "./AdminOnly.js";
import { AssignmentsPage } from "./assignments/AssignmentsPage.js";
import { CorrectionsPage } from "./corrections/CorrectionsPage.js";
import { ImportPage } from "./import/ImportPage.js";
import { PeoplePage } from "./people/PeoplePage.js";
import { PeriodDetailPage } from "./periods/PeriodDetailPage.js";
import { PeriodsPage } from "./periods/PeriodsPage.js";
import { RaporPage } from "./rapor/RaporPage.js";
import { RemindersSentPage } from "./reminders/RemindersSentPage.js";
import { ReopenRequestsPage } from "./reopen/ReopenRequestsPage.js";
import { SchoolDetailPage } from "./schools/SchoolDetailPage.js";
import { SchoolsPage } from "./schools/SchoolsPage.js";
import { TimKinerjaPage } from "./tim-kinerja/TimKinerjaPage.js";

/** Lazy-loaded: everything under /admin. Paths are relative to /admin. */
export default function AdminRoutes() {
  const { t } = useTranslation();
  if (!useSession().canAdmin) {
    return (
      <Alert color="orange" title={t("error.forbiddenTitle")}>
        {t("error.forbidden")}
      </Alert>
    );
  }
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<Navigate to="sekolah" replace />} />
        <Route path="sekolah" element={<SchoolsPage />} />
        <Route path="sekolah/:id" element={<SchoolDetailPage />} />
        <Route
          path="pegawai"
          element={
            <AdminOnly>
              <PeoplePage />
            </AdminOnly>
          }
        />
        <Route
          path="penugasan"
          element={
            <AdminOnly>
              <AssignmentsPage />
            </AdminOnly>
          }
        />
        <Route
          path="tim-kinerja"
          element={
            <AdminOnly>
              <TimKinerjaPage />
            </AdminOnly>
          }
        />
        <Route
          path="periode"
          element={
            <AdminOnly>
              <PeriodsPage />
            </AdminOnly>
          }
        />
        <Route
          path="periode/:id"
          element={
            <AdminOnly>
              <PeriodDetailPage />
            </AdminOnly>
          }
        />
        <Route
          path="buka-kembali"
          element={
            <AdminOnly>
              <ReopenRequestsPage />
            </AdminOnly>
          }
        />
        <Route
          path="pengingat"
          element={
            <AdminOnly>
              <RemindersSentPage />
            </AdminOnly>
          }
        />
        <Route
          path="impor"
          element={
            <AdminOnly>
              <ImportPage />
            </AdminOnly>
          }
        />
        {/* Operators handle the corrections and Rapor of their own school; admins those of the district. */}
        <Route path="koreksi" element={<CorrectionsPage />} />
        <Route path="rapor" element={<RaporPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
