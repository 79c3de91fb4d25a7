import { idAdmin } from "./id-admin.js";
import { idPlanning } from "./id-planning.js";
import { idReview } from "./id-review.js";

/** The Indonesian strings of the admin, planning and review pages: fetched with those pages, not on first load. */
export const idAreas = { idAdmin, idPlanning, idReview };
