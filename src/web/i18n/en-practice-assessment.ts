import type { idPracticeAssessment } from "./id-practice-assessment.js";

/** English strings of the Tim Kinerja's recommendation and the penilaian. */
export const enPracticeAssessment: typeof idPracticeAssessment = {
  rekomendasi: {
    intro:
      "Your recommendation to the Kepala Dinas, who decides the assessment. Base it on the follow-up discussion and the reflection: the quality of reflection, learning effort and change in practice — not outcomes alone. The person does not read this recommendation; they read the Kepala Dinas's assessment.",
    axesTitle: "The three aspects of practice",
    axesIntro: "For each aspect: its level and a note explaining it.",
    ratingsTitle: "Recommended ratings",
    hasilKerja: "Work results rating (Hasil Kerja)",
    perilaku: "Work behaviour rating (Perilaku Kerja)",
    predikat: "Resulting predikat: ",
    note: "Note to the Kepala Dinas",
    forKadis:
      "The Tim Kinerja writes a recommendation to the Kepala Dinas. You can read your result once the Kepala Dinas has assessed it.",
  },
  penilaian: {
    intro:
      "Rate the quality of reflection, learning effort and change in practice — not outcomes alone. The whole practice record is in the earlier stages on this page.",
    perilakuOnly:
      "This person was appointed after the practice window opened, so they are rated on work behaviour only (no practice and no work results).",
    resultTitle: "Assessment result",
    angkaKredit: "Credit points for this period: {{n}}",
    downloadSkp: "Download the SKP (PDF)",
    recommendation: "Tim Kinerja recommendation",
    behavioursTitle: "Feedback on work behaviour (BerAKHLAK)",
    ratingsTitle: "Ratings and predikat",
    competence: "Competence development is taken into account, not scored on its own.",
    hasilKerja: "Work results rating (Rating Hasil Kerja)",
    perilaku: "Work behaviour rating (Rating Perilaku Kerja)",
    predikat: "Performance predikat:",
    note: "Atasan’s note (optional)",
    responseTitle: "Response of the person assessed",
    response: "Your response to this assessment (optional)",
    responseHint:
      "Read the result. If you want to say something, write it here, then press “Mark as read”. If something is wrong, ask to reopen it.",
    notYet: "Your atasan is preparing your assessment. The result shows here once decided.",
  },
};
