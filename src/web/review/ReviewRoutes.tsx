import { Navigate, Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../app/NotFoundPage.js";
import { PlanReviewPage } from "./PlanReviewPage.js";
import { QueuePage } from "./QueuePage.js";

/** The atasan's planning review pages, mounted at /pegawai/*. */
export default function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="perencanaan" replace />} />
      <Route path="perencanaan" element={<QueuePage />} />
      <Route path="perencanaan/:cycleId" element={<PlanReviewPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
