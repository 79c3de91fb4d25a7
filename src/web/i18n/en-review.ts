import type { idReview } from "./id-review.js";

export const enReview: typeof idReview = {
  review: {
    title: "To approve (Perlu disetujui)",
  },
};
