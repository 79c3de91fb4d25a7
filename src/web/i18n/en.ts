import { enAdmin } from "./en-admin.js";
import { enAuth } from "./en-auth.js";
import { enPlanning } from "./en-planning.js";
import { enReview } from "./en-review.js";
import type { idCore, Translation } from "./id.js";
import { mergeStrings } from "./merge.js";

/**
 * English. Glossary terms (Perencanaan, Pelaksanaan, Penilaian, Atasan, Tim Kinerja, Plt,
 * Kinerja Saya, Pegawai Saya) stay Indonesian — they are the names people see on the
 * national platform — with a short English explanation where it helps.
 */
const enCore: typeof idCore = {
  app: { name: "Kinerja", tagline: "Performance management for teachers, principals and school supervisors" },
  lang: { label: "Language", id: "ID", en: "EN" },
  nav: {
    dashboard: "Dashboard",
    observations: "Observation schedule",
    timKinerja: "Tim Kinerja",
    mine: "Kinerja Saya",
    staff: "Pegawai Saya",
    admin: "District admin",
    schoolAdmin: "School data",
    menu: "Open menu",
    main: "Main menu",
    rubrics: "Indicator rubrics",
    results: "Hasil penilaian (results)",
  },
  user: {
    menu: "Account menu",
    changePassword: "Change password",
    emailSettings: "E-mail settings",
    logout: "Sign out",
    colorScheme: "Appearance",
    scheme: { light: "Light", dark: "Dark", auto: "Follow device" },
    roles: "Roles",
  },
  role: {
    guru: "Guru (teacher)",
    kepala_sekolah: "Kepala Sekolah (principal)",
    plt_kepala_sekolah: "Plt Kepala Sekolah (acting principal)",
    pengawas: "Pengawas (supervisor)",
    tim_kinerja: "Tim Kinerja",
    operator: "Operator",
    admin: "District admin",
    kepala_dinas: "Kepala Dinas (head of district)",
  },
  handler: { operator: "school operator", admin: "district admin" },
  common: {
    loading: "Loading…",
    save: "Save",
    cancel: "Cancel",
    retry: "Try again",
    search: "Search",
    back: "Back",
    edit: "Edit",
    add: "Add",
    close: "Close",
    closeDialog: "Close dialog",
    copy: "Copy",
    copied: "Copied",
    none: "—",
    yes: "Yes",
    no: "No",
    open: "Open",
    optional: "optional",
    shown: "Showing {{shown}} of {{total}}",
    more: "Load more",
    allKinds: "All",
    noMatch: "Nothing matches the search.",
    wordStartsOnly: "One or two letters match the start of a word; type three or more to search inside words.",
    status: "Status",
    actions: "Actions",
  },
  error: {
    title: "Something went wrong",
    network: "Cannot reach the server. Check your internet connection and try again.",
    unexpected: "The server gave an unexpected answer. Please try again.",
    forbiddenTitle: "Access denied",
    forbidden: "Your account has no access to this page. Contact the district admin if you need it.",
    notFoundTitle: "Page not found",
    notFound: "This address does not exist. Go back home to continue.",
    home: "Go home",
  },
  auth: enAuth,
  phase: {
    perencanaan: "Perencanaan",
    pelaksanaan: "Pelaksanaan",
    penilaian: "Penilaian",
    selesai: "Selesai",
  },
  phaseHint: {
    perencanaan: "planning",
    pelaksanaan: "practice and follow-up",
    penilaian: "assessment by the atasan",
    selesai: "cycle complete",
  },
  track: { guru: "Guru (teacher)", kepala_sekolah: "Kepala Sekolah (principal)", pengawas: "Pengawas (supervisor)" },
  superiorKind: {
    principal: "Kepala Sekolah (principal)",
    acting_principal: "Plt Kepala Sekolah (acting principal)",
    head_of_district: "Kepala Dinas (head of district)",
  },
  assessAs: {
    principal: "as Kepala Sekolah",
    acting_principal: "as Plt Kepala Sekolah",
    head_of_district: "as Kepala Dinas",
    tim_kinerja: "as Tim Kinerja",
  },
  employmentStatus: { PNS: "PNS (civil servant)", PPPK: "PPPK (contract civil servant)", NON_ASN: "Non-ASN" },
  next: {
    perencanaan: {
      open: "Write your performance plan and submit it to your atasan. It need not be perfect: your atasan will help you refine it.",
      wait: "Planning has not opened yet. Meanwhile, check that your details below are correct.",
      closed: "Planning has closed. If your plan is not finished, talk to your atasan or the district admin.",
      submitted: "Your plan has been submitted. Your atasan will review it; you will be notified of the decision.",
      returned: "Your atasan returned your plan with a note. Open the plan, revise it as noted, then submit it again.",
      approved: "Your atasan approved your plan. Read it once more, then press “Agree” to lock it.",
    },
    pelaksanaan: {
      persiapan: {
        you: "Write your preparation: choose target behaviours, say how you will learn them, and propose the observation time.",
        superior: "Your preparation is handed in. Your atasan will confirm the observation time.",
      },
      observasi: {
        // Only a KS's catatan mandiri waits on the owner at this stage.
        you: "Write your self-report of the practice, then finish it.",
        superior:
          "Your atasan or Tim Kinerja will observe your practice as scheduled. It is a starting point for learning, not a final score.",
      },
      tindak_lanjut: {
        you: "Read the observation, then write your follow-up plan: the challenges and your learning choice.",
        superior: "Your follow-up plan is handed in.",
      },
      upaya: {
        you: "Log the follow-up actions you have taken, then mark them done.",
        superior: "Your atasan will comment on your log.",
      },
      refleksi: {
        you: "Write your reflection, then hand it in to discuss with your atasan.",
        superior: "Your reflection is handed in. Your atasan will record your discussion.",
      },
      bukti_dukung: {
        you: "Complete the evidence or report on your plan's results, then hand it in for your atasan to verify.",
        superior: "Your evidence or report is handed in. Your atasan will verify it.",
      },
      diskusi_persiapan: {
        you: "Write your preparation discussion: the three hardest challenges, the focus issue, one focus school, and your strategy and methods.",
        superior: "Your preparation discussion is handed in. The Tim Kinerja will agree it with you.",
      },
      pendampingan: {
        you: "Log your visits and activities at the focus school, then send the survey to its principal.",
        superior: "The Tim Kinerja will read your accompaniment log.",
      },
      diskusi_tindak_lanjut: {
        you: "Write your reflection on the accompaniment and the target and plan agreed with the Tim Kinerja.",
        superior: "The Tim Kinerja will rate your follow-up discussion, taking the survey into account.",
      },
      upaya_pengawas: {
        you: "Log the steps you took towards the target, then mark it done.",
        superior: "The Tim Kinerja will respond to your log.",
      },
      refleksi_pengawas: {
        you: "Write your follow-up reflection: learning, the challenges you expect, and the change in practice.",
        superior: "Your reflection is handed in. The Tim Kinerja will rate it and give feedback.",
      },
      penilaian: {
        you: "Your atasan has assessed you. Read the result, respond if you wish, then mark it as read.",
        superior: "Your practice is complete. Your atasan is preparing the assessment.",
      },
      rekomendasi: {
        you: "Your practice is complete.",
        superior: "Your practice is complete. The Tim Kinerja is writing its recommendation to the Kepala Dinas.",
      },
      open: "Time to practise: prepare your preparation document, hold the observation with your atasan, then follow up.",
      wait: "Your plan is ready. Pelaksanaan opens on schedule — use the time to talk with your atasan.",
      closed: "Pelaksanaan has closed. Complete your reflection if anything is missing and contact your atasan.",
    },
    penilaian: {
      open: "Your atasan is assessing your work results and behaviour. Your reflection and learning effort are what counts most.",
      wait: "Penilaian opens on schedule. Make sure all Pelaksanaan documents are submitted.",
      closed: "Penilaian has closed. Your final result will appear here.",
      rated:
        "Your atasan has assessed you. Open Praktik Kinerja to read the result, respond if you wish, then mark it as read.",
    },
    done: "This year's cycle is complete. Thank you for your hard work and your will to learn!",
    unknown: "See the details of your cycle below.",
  },
  mine: {
    openPractice: "Open performance practice",
    phases: "Stages of the performance cycle",
    phaseDone: "done",
    title: "Kinerja Saya",
    surveys: {
      title: "Surveys for you as principal",
      item: "Accompaniment survey from {{name}}",
      open: "Answer the survey",
    },
    intro:
      "Kinerja Saya (my performance): your cycle goes through Perencanaan (planning), Pelaksanaan (practice) and Penilaian (assessment).",
    nextStep: "Next step",
    deadline: "Deadline: {{date}}",
    superior: "Atasan (superior)",
    noSuperior: "No atasan assigned yet. The district admin is following up.",
    profile: "My details",
    profileHint: "If anything is wrong, tell your {{handler}}.",
    name: "Name",
    nip: "NIP",
    employmentStatus: "Employment status",
    rank: "Rank/grade",
    positionLevel: "Position level",
    school: "School",
    correction: {
      open: "Your data correction is being followed up by the {{handler}}.",
      changed: "{{name}} updated your data as reported ({{date}}).",
      unchanged: "{{name}} closed your report without changing your data ({{date}}).",
      note: "Note: {{note}}",
      again: "If the data above is still wrong, report again from the Data diri step of your plan.",
    },
    emptyTitle: "No performance cycle for you yet",
    emptyBody:
      "Cycles are created when the district opens a new period. If a period is open but your cycle does not appear, contact your {{handler}}.",
    emptyNonAsn:
      "Performance management applies to ASN staff (PNS and PPPK). You are recorded as non-ASN, so there is no cycle for you.",
  },
  staff: {
    title: "Pegawai Saya",
    intro: "Pegawai Saya (my staff): the people you mentor and assess in this period.",
    search: "Search by name",
    empty: "Nobody to assess yet. This list fills once the district opens a period.",
    noResults: "Nobody by that name.",
    perPhase: "{{n}} people",
    name: "Name",
    nip: "NIP",
    school: "School",
    track: "Track",
    phase: "Phase",
    as: "Your role",
  },
  admin: {
    title: "Admin",
    schools: "Schools",
    people: "Staff",
    assignments: "Assignments",
    timKinerja: "Tim Kinerja",
    periods: "Periods",
    import: "Import data",
    corrections: "Data corrections",
    rapor: "Rapor Pendidikan",
    reopenRequests: "Reopen requests",
    remindersSent: "Reminders sent",
  },
  import: {
    line: "Line",
  },
  notifications: {
    bell: "Notifications: {{n}} unread",
  },
  planning: {
    open: {
      start: "Start planning",
      continue: "Continue planning",
      view: "View plan",
    },
  },
  review: {
    title: "To approve (Perlu disetujui)",
  },
  offline: {
    notice:
      "You are offline. What you see is what this device last loaded; your entries are kept and sent when the connection is back.",
  },
};

/** English is one file, fetched whole when chosen. */
export const en: Translation = mergeStrings(enCore, enAdmin, enPlanning, enReview);
