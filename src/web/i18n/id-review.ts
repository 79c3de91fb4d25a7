/** Indonesian strings of the atasan's planning review pages (Perlu disetujui) and planning admin pages. */
export const idReview = {
  review: {
    title: "Perlu disetujui",
  },
};
