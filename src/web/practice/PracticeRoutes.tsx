import { Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../app/NotFoundPage.js";
import { ObservationsPage } from "./ObservationsPage.js";
import { PracticePage } from "./PracticePage.js";

/** Praktik Kinerja, mounted at /praktik/*: /praktik/:cycleId for the guru and their atasan, /praktik/jadwal for the atasan. */
export default function PracticeRoutes() {
  return (
    <Routes>
      <Route path="jadwal" element={<ObservationsPage />} />
      <Route path=":cycleId" element={<PracticePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
