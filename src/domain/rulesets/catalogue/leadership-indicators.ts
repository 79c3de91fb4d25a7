/**
 * Kepala sekolah leadership indicators (indikator praktik kinerja kepala sekolah).
 * Source: /work/shared/CATALOGUE.md §3. The list of eight is [found]; the targets of indicator 1
 * and the first two targets of indicator 2 are [seen]. Everything else (groups, descriptions,
 * targets of indicators 3–8, the third target of indicator 2) is ours: `confirmed: false`.
 * The groups are our own arrangement; the platform's grouping for KS indicators is not known.
 */
import type { LeadershipIndicator } from "../types.js";
import { leadershipIndicators1to4 } from "./leadership-indicators/indicators-1-4.js";
import { leadershipIndicators5to8 } from "./leadership-indicators/indicators-5-8.js";

export const leadershipIndicators: LeadershipIndicator[] = [...leadershipIndicators1to4, ...leadershipIndicators5to8];
