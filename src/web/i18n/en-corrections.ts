import type { idCorrections } from "./id-corrections.js";

export const enCorrections: typeof idCorrections = {
  correctionOutcome: {
    changed: "Data updated",
    unchanged: "Closed without a data change",
    recheck:
      "Your report was followed up. Check the data above again: choose “Data is correct” if it is, or report again if it is still wrong.",
  },
  correctionData: {
    current: "Current data of {{name}}",
    edit: "Edit this person's data",
    notChanged:
      "This person's data has not been changed since the report. If the report is right, change the data first; if not, explain why in the note.",
    changed: "This person's data has been changed since the report.",
  },
};
