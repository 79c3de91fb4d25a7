import type { PlanStatus } from "../../domain/planning/state.js";
import type { Lang } from "../core/messages.js";

const STATUS: Record<Lang, Record<PlanStatus, string>> = {
  id: {
    draft: "Draf",
    submitted: "Menunggu persetujuan",
    returned: "Dikembalikan",
    approved: "Disetujui",
    agreed: "Disepakati",
  },
  en: { draft: "Draft", submitted: "Awaiting approval", returned: "Returned", approved: "Approved", agreed: "Agreed" },
};

export function statusLabel(status: PlanStatus, lang: Lang): string {
  return STATUS[lang][status];
}

/** "31 Januari 2026": dates in messages are read by people, not parsed. */
export function formatDateId(iso: string, lang: Lang): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
