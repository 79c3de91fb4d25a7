/**
 * Teacher practice indicators (indikator praktik pembelajaran) with their target perilaku.
 * Source: /work/shared/CATALOGUE.md §1 (groups from the Rapor Pendidikan "kualitas pembelajaran"
 * sub-dimensions, targets and do/avoid behaviours [seen]); names from DOMAIN.md §3 [seed 001].
 * Wording is ours in Indonesian. `confirmed: false` marks content a district should check:
 * - Ekspektasi pada peserta didik, Aktivitas interaktif: the group placement is ours.
 * - Instruksi pembelajaran, Instruksi yang adaptif: the targets are ours, from low-confidence hints.
 * Avoid-behaviours are read in reverse when observed (not shown is good).
 */
import type { PracticeIndicator } from "../types.js";
import { aktivasiKognitif } from "./practice-indicators/aktivasi-kognitif.js";
import { dukunganAfektif } from "./practice-indicators/dukungan-afektif.js";
import { manajemenKelas } from "./practice-indicators/manajemen-kelas.js";

/** In catalogue order, grouped as in the Rapor Pendidikan. */
export const practiceIndicators: PracticeIndicator[] = [...manajemenKelas, ...dukunganAfektif, ...aktivasiKognitif];
