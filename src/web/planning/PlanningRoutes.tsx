import { Route, Routes } from "react-router-dom";

/** The pegawai's planning pages, mounted at /perencanaan/*. */
export default function PlanningRoutes() {
  return (
    <Routes>
      <Route path="*" element={null} />
    </Routes>
  );
}
