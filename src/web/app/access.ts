import type { TFunction } from "i18next";
import { correctionSchoolOf } from "../../domain/auth/policy.js";
import type { Me, Role } from "../../server/me/contract.js";

const PEGAWAI_ROLES: Role[] = ["guru", "kepala_sekolah", "plt_kepala_sekolah", "pengawas"];
const ASSESSOR_ROLES: Role[] = ["kepala_sekolah", "plt_kepala_sekolah", "tim_kinerja", "kepala_dinas"];

/** Which hats a person wears decides which menu items they see (DOMAIN.md §1: one account, two hats). */
export function showsMine(me: Me): boolean {
  return me.myCycles.length > 0 || me.roles.some((r) => PEGAWAI_ROLES.includes(r));
}

/** Only today's assessor hats can assess anyone (`assessorRoleOn` asks for one): no list needed. */
export function showsStaff(me: Me): boolean {
  return me.roles.some((r) => ASSESSOR_ROLES.includes(r));
}

/** The Tim Kinerja workspace: its members, and the Kepala Dinas who sees every principal and supervisor. */
export function showsTimKinerja(me: Me): boolean {
  return me.roles.includes("tim_kinerja") || me.roles.includes("kepala_dinas");
}

/** The dashboards: a KS or Plt today (their school), the Kepala Dinas and the district admin (the district). */
export function showsDashboard(me: Me): boolean {
  return showsSchoolDashboard(me) || showsDistrictDashboard(me);
}

export function showsSchoolDashboard(me: Me): boolean {
  return me.roles.includes("kepala_sekolah") || me.roles.includes("plt_kepala_sekolah");
}

export function showsDistrictDashboard(me: Me): boolean {
  return me.roles.includes("kepala_dinas") || me.roles.includes("admin");
}

/** A period's results (distribution, finalisation, exports): the district admin and the Kepala Dinas. */
export function showsResults(me: Me): boolean {
  return me.roles.includes("admin") || me.roles.includes("kepala_dinas");
}

/** The districts whose results the person leads (admin or Kepala Dinas hat today), first one first. */
export function resultDistricts(me: Me): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const h of me.hats) {
    if (h.kind === "admin" || h.kind === "head_of_district") seen.set(h.districtId, h.districtName);
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Who fixes my staff data, by the server's rule: my school's operator, or the district admin. */
export function correctionHandlerOf(me: Me): "operator" | "admin" {
  return correctionSchoolOf(me.hats) ? "operator" : "admin";
}

/** The same, as words for a sentence ("operator sekolah" / "admin dinas"): every "report to …" text uses it. */
export function correctionHandlerName(t: TFunction, me: Me): string {
  return t(`handler.${correctionHandlerOf(me)}`);
}

/** District admins manage everything; a school operator only their school's staff. */
export function isDistrictAdmin(me: Me): boolean {
  return me.roles.includes("admin");
}

export const PATHS = {
  signIn: "/masuk",
  changePassword: "/ganti-kata-sandi",
  mine: "/kinerja-saya",
  staff: "/pegawai-saya",
  admin: "/admin",
  schools: "/admin/sekolah",
  people: "/admin/pegawai",
  assignments: "/admin/penugasan",
  timKinerja: "/admin/tim-kinerja",
  periods: "/admin/periode",
  import: "/admin/impor",
  corrections: "/admin/koreksi",
  rapor: "/admin/rapor",
  reopenRequests: "/admin/buka-kembali",
  remindersSent: "/admin/pengingat",
  emailSettings: "/pengaturan-email",
  /** The pegawai's plan: /perencanaan/:cycleId; rubrics of every indicator: /perencanaan/rubrik. */
  planning: "/perencanaan",
  rubrics: "/perencanaan/rubrik",
  notifications: "/perencanaan/notifikasi",
  /** Praktik Kinerja of a cycle, for the guru and their atasan: /praktik/:cycleId. */
  practice: "/praktik",
  /** The atasan's upcoming observations, with a calendar file. */
  observations: "/praktik/jadwal",
  /** The dashboards of a KS (their school) and of the Dinas (the district). */
  dashboard: "/dasbor",
  /** A period's results for the district admin and the Kepala Dinas: distribution, finalisation, exports. */
  results: "/hasil-penilaian",
  /** The Tim Kinerja's (and the Kepala Dinas's) principals and supervisors. */
  timKinerjaWorkspace: "/tim-kinerja",
  /** A KS answers a pengawas's survey of their accompaniment: /survei/:id. */
  survey: "/survei",
  /** The atasan's queue: /pegawai/perencanaan; one plan: /pegawai/perencanaan/:cycleId. */
  review: "/pegawai",
  reviewQueue: "/pegawai/perencanaan",
} as const;

/** Home: my own cycle first, then the people I assess, then admin. */
export function homePath(me: Me): string {
  if (me.myCycles.length > 0) return PATHS.mine;
  if (showsStaff(me)) return PATHS.staff;
  if (me.canAdmin) return PATHS.schools;
  return PATHS.mine;
}
