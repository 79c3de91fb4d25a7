import type { idPlanning } from "./id-planning.js";

export const enPlanning: typeof idPlanning = {
  planning: {
    title: "Performance planning (Perencanaan)",
  },
};
