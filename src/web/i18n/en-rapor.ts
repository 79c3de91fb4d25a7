import type { idRaporAdmin } from "./id-rapor.js";

/** English strings of the Rapor Pendidikan admin page; same shape as id-rapor.ts. */
export const enRaporAdmin: typeof idRaporAdmin = {
  title: "Rapor Pendidikan",
  intro:
    "A school's Rapor Pendidikan results decide which practice indicator is recommended to its teachers during planning (the weakest one). Teachers may still choose another.",
  school: "School",
  current: "Current results",
  uploadTitle: "Upload new results for this school",
  noResults:
    "This school has no Rapor Pendidikan data yet, so teachers get no recommendation and are asked to discuss with their principal.",
  recommendation: "Recommended indicator",
  basis: {
    score: "Chosen because it has the lowest score.",
    category: "Chosen because it has the weakest category (no scores given).",
  },
  importedAt: "Uploaded {{date}}",
  indicator: "Indicator",
  score: "Score",
  category: "Category",
  columnsTitle: "CSV columns",
  columns:
    "The first line holds the column names: npsn (this school's NPSN), indikator (code or name of one of the 8 teaching-practice indicators), nilai (whole number 0–100) and/or kategori (baik, sedang, kurang). Comma or semicolon separated; save as UTF-8 CSV, at most 1 MB.",
  columnsDoc:
    "All or nothing: if any line has a problem, nothing is replaced and every problem is shown with its line number. On success this school's old results are replaced as a whole. A file may hold only some indicators.",
  example: "Download an example file (CSV)",
  file: "CSV file for {{school}}",
  upload: "Upload and replace results",
  uploaded: "Rapor Pendidikan results updated ({{n}} indicators).",
  district: {
    title: "One file for the whole district",
    intro:
      "Have many schools' results in one table? Upload one CSV with the same columns; the npsn column says which school a row is for. Every NPSN must be a school of this district.",
    rules:
      "All or nothing, like the staff import: if any line has a problem (an unknown NPSN, a wrong indicator or value), nothing is replaced. On success the results of every school in the file are replaced as a whole; schools not in the file keep theirs. At most 5 MB.",
    example: "Download an example district file (CSV)",
    file: "District CSV file",
    upload: "Upload the district file",
    uploaded_one: "Rapor Pendidikan results of {{count}} school updated ({{rows}} lines).",
    uploaded_other: "Rapor Pendidikan results of {{count}} schools updated ({{rows}} lines).",
  },
};
