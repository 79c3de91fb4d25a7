import { Route, Routes } from "react-router-dom";
import { NotFoundPage } from "../app/NotFoundPage.js";
import { SurveyPage } from "./SurveyPage.js";

/** The KS's survey of a pengawas's accompaniment, mounted at /survei/*: /survei/:id. */
export default function SurveyRoutes() {
  return (
    <Routes>
      <Route path=":id" element={<SurveyPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
