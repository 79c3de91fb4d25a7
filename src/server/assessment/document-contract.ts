import { z } from "zod";
import { defineContract } from "../core/contract.js";
import { ZCycleParams } from "../practice/contract.js";

export const skpPdf = defineContract({
  method: "GET",
  path: "/api/cycles/:cycleId/skp.pdf",
  summary:
    "SKP (hasil penilaian) sebagai PDF siap cetak, setelah atasan menetapkan penilaian: untuk pegawai, atasannya, " +
    "dan admin dinas (Tim Kinerja tidak). 409 sebelum dinilai.",
  tags: ["assessment"],
  auth: "session",
  params: ZCycleParams,
  response: z.unknown().describe("Berkas PDF"),
});

export const planPdf = defineContract({
  method: "GET",
  path: "/api/cycles/:cycleId/plan.pdf",
  summary:
    "Rencana kinerja yang disepakati sebagai PDF siap cetak: untuk pegawai, atasannya, dan admin dinas. 409 sebelum disepakati.",
  tags: ["assessment"],
  auth: "session",
  params: ZCycleParams,
  response: z.unknown().describe("Berkas PDF"),
});
