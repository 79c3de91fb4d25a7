import { PATHS } from "../app/access.js";

/** The review page of one cycle's plan (also the link in the atasan's notifications). */
export const reviewPath = (cycleId: string) => `${PATHS.reviewQueue}/${cycleId}`;
