import type { idTimKinerjaWorkspace } from "./id-tim-kinerja.js";

/** English strings of the Tim Kinerja workspace (/tim-kinerja). */
export const enTimKinerjaWorkspace: typeof idTimKinerjaWorkspace = {
  title: "Tim Kinerja",
  titleHead: "Principals & supervisors",
  intro:
    "The principals and supervisors you observe and rate as a Tim Kinerja member: each one's stage, what waits on you, and your recommendations to the Kepala Dinas. Open a name to fill in the observation, the ratings or the recommendation.",
  introHead:
    "Every principal and supervisor in your district: each one's stage, the Tim Kinerja members who observe them, and their recommendations. You remain the atasan who decides the assessment.",
  schedule: "Observation schedule",
  empty:
    "No principal or supervisor is yours to observe in a running period. The district admin assigns them under Tim Kinerja.",
  statAll: "All",
  statWaiting: "Waiting on you",
  statRecommended: "Recommended",
  waiting: "Waiting on you",
  everyone: "Everyone you follow",
  members: "Tim Kinerja: {{names}}",
  noMembers: "No Tim Kinerja member yet",
  noRecommendation: "No recommendation yet",
  recommendationDraft: "Recommendation being written",
  recommended: "Recommendation:",
  ratings: "work results {{hasil}}, behaviour {{perilaku}}",
};
