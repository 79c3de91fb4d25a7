import { Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../app/NotFoundPage.js";
import { NotificationsPage } from "./notifications/NotificationsPage.js";
import { PlanPage } from "./plan/PlanPage.js";
import { RubricPage } from "./rubric/RubricPage.js";

/** The pegawai's planning pages, mounted at /perencanaan/*. */
export default function PlanningRoutes() {
  return (
    <Routes>
      <Route path="rubrik" element={<RubricPage />} />
      <Route path="notifikasi" element={<NotificationsPage />} />
      <Route path=":cycleId" element={<PlanPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
