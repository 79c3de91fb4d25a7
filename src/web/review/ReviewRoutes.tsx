import { Route, Routes } from "react-router-dom";

/** The atasan's planning review pages, mounted at /pegawai/*. */
export default function ReviewRoutes() {
  return (
    <Routes>
      <Route path="*" element={null} />
    </Routes>
  );
}
