import type { idFields } from "./id-fields.js";

export const enFields: typeof idFields = {
  fields: {
    count: "{{n}}/{{max}} characters",
    atMax: "Limit of {{max}} characters reached: longer text cannot be typed.",
    wholeNumber: "Enter a whole number, without a comma or point (e.g. 2).",
    min: "At least {{min}}.",
    max: "At most {{max}}.",
    empty: "Empty: not counted.",
    date: {
      placeholder: "Choose a date",
      hint: "Type e.g. 29/12/2026 or pick it in the calendar.",
    },
    time: {
      minutes: "Minutes",
      hoursPlaceholder: "HH",
      minutesPlaceholder: "MM",
    },
  },
  overlap: {
    title: "Phase windows will overlap",
    item: "The {{phase}} window closes {{closesOn}}, but {{next}} opens {{nextOpensOn}}: people could be in two phases at once.",
    accept: "I understand, these windows overlap on purpose",
    required: "Tick the confirmation above to save overlapping windows.",
  },
};
