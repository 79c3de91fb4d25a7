import type { idResults } from "./id-results.js";

/** English strings of the "Hasil penilaian" (results) page. */
export const enResults: typeof idResults = {
  title: "Hasil penilaian (results)",
  intro:
    "How the district's individual predikat are distributed in a period, against the caps of the organisation predikat. Finalising locks the penilaian; download the results for e-Kinerja.",
  notAllowed: "This page is for the district admin and the Kepala Dinas.",
  district: "District",
  period: "Period",
  running: "running",
  finalisedTag: "final",
  noPeriods: "This district has no period yet.",
  figures: {
    rated: "Rated",
    without: "Not rated yet",
    perilakuOnly: "Rated on behaviour only",
    ratedOf: "{{rated}} of {{total}} pegawai rated",
  },
  organisation: {
    label: "Organisation predikat",
    placeholder: "Choose the organisation predikat",
    notSet: "The organisation predikat is not set yet. The distribution caps apply once the district admin sets it.",
    capsTitle: "Caps for the organisation predikat {{name}}:",
    saved: "Organisation predikat saved.",
  },
  orgPredikat: {
    istimewa: "Istimewa (outstanding)",
    baik: "Baik (good)",
    butuh_perbaikan: "Butuh Perbaikan (needs improvement)",
    kurang: "Kurang (poor)",
    sangat_kurang: "Sangat Kurang (very poor)",
  },
  short: {
    sangat_baik: "Sangat Baik",
    baik: "Baik",
    butuh_perbaikan: "Butuh Perbaikan",
    kurang: "Kurang",
    sangat_kurang: "Sangat Kurang",
  },
  cap: {
    maxShare: "{{predikat}} at most {{limit}}%",
    minShare: "{{predikat}} at least {{limit}}%",
    minCount: "{{predikat}}: at least {{limit}} pegawai",
  },
  violation: {
    maxShare: "{{predikat}} {{actual}}% exceeds the {{limit}}% cap for the organisation predikat {{organisation}}",
    minShare: "{{predikat}} {{actual}}% is below the {{limit}}% minimum for the organisation predikat {{organisation}}",
    minCount:
      "{{predikat}}: {{actual}} pegawai, at least {{limit}} needed for the organisation predikat {{organisation}}",
  },
  chart: {
    title: "The district's distribution",
    empty: "Nobody has been rated in this period yet.",
    legendMax: "Red line: the most allowed",
    legendMin: "Orange line: the least required",
    value: "{{count}} ({{share}}%)",
  },
  districtBroken: "The district's distribution breaks the organisation predikat's caps",
  districtOk: "The district's distribution keeps the organisation predikat's caps.",
  schools: {
    title: "Per school",
    school: "School",
    noSchool: "No school (pengawas)",
    npsn: "NPSN {{npsn}}",
    broken: "Breaks a cap",
    ok: "Within the caps",
  },
  finalise: {
    button: "Finalise results",
    title: "Finalise the results",
    body: "Once finalised, the penilaian of this period are locked: they can no longer be changed, sent or reopened, and the organisation predikat can no longer change.",
    brokenIntro:
      "The distribution breaks these caps. You may still finalise with a reason, recorded with what was broken:",
    reason: "Reason for finalising",
    reasonHint: "Required because caps are broken; at least {{min}} characters.",
    withoutResult: "{{n}} pegawai are not rated yet and are not in the distribution.",
    needsOrganisation: "Results can be finalised once the organisation predikat is set.",
    confirm: "Finalise",
  },
  finalised: {
    title: "Results finalised",
    by: "By {{name}} on {{date}}. This period's penilaian are locked.",
    reason: "Reason: {{reason}}",
    recorded: "District caps broken when finalised: {{n}}.",
  },
  downloads: {
    title: "Download",
    csv: "e-Kinerja (CSV)",
    json: "e-Kinerja (JSON)",
    xlsx: "Excel report",
    hint: "The e-Kinerja files list the pegawai whose penilaian the atasan has sent. The Excel report lists everyone of the period, per school.",
  },
};
