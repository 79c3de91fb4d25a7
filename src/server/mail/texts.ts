import type { Language } from "../../domain/mail/preferences.js";
import type { NotificationKind } from "../notifications/kinds.js";

// What an e-mail says, per notification kind, in the reader's language: the same sentences the
// bell shows (src/web/i18n/*-notifications.ts), filled from the notification's `data`.

type Texts = {
  kind: Record<Exclude<NotificationKind, "reopen_decided" | "deadline_reminder" | "deadline_escalation">, string>;
  reopenApproved: string;
  reopenRefused: string;
  reopenApprovedDocument: string;
  reopenRefusedDocument: string;
  reopenRequestedDocument: string;
  phase: Record<string, string>;
  reminderOwner: string;
  reminderSuperior: string;
  escalation: string;
  someone: string;
  open: string;
  greeting: string;
  footer: string;
  digestSubject: string;
  digestIntro: string;
};

const id: Texts = {
  kind: {
    plan_submitted: "{name} mengajukan perencanaan kinerja",
    plan_returned: "{name} mengembalikan perencanaan Anda dengan catatan",
    plan_approved: "{name} menyetujui perencanaan Anda",
    plan_agreed: "{name} menyepakati perencanaan kinerjanya",
    reopen_requested: "{name} meminta perencanaannya dibuka kembali",
    correction_reported: "{name} melaporkan perbaikan data diri",
    correction_resolved: "{name} menindaklanjuti laporan perbaikan data Anda",
    practice_submitted: "{name} mengumpulkan dokumen praktik kinerja",
    practice_responded: "{name} menanggapi dokumen praktik kinerja Anda",
    survey_sent: "{name} mengirim survei pendampingan untuk sekolah Anda",
    survey_answered: "{name} menjawab survei pendampingan Anda",
  },
  reopenApproved: "{name} menyetujui permintaan buka kembali: perencanaan Anda dapat diubah lagi",
  reopenRefused: "{name} memutuskan perencanaan Anda tetap seperti yang disepakati",
  reopenApprovedDocument: "{name} membuka kembali dokumen praktik kinerja Anda: dapat diubah lagi",
  reopenRefusedDocument: "{name} memutuskan dokumen praktik kinerja Anda tetap seperti yang dikumpulkan",
  reopenRequestedDocument: "{name} meminta dokumen praktik kinerjanya dibuka kembali",
  phase: { perencanaan: "perencanaan", pelaksanaan: "pelaksanaan", penilaian: "penilaian" },
  reminderOwner:
    "Pengingat: masa {phase} ditutup {closesOn} ({days} hari lagi) dan masih ada yang perlu Anda selesaikan",
  reminderSuperior:
    "Pengingat: masa {phase} ditutup {closesOn} ({days} hari lagi); {count} pegawai menunggu tindakan Anda: {names}",
  escalation: "Terlambat: masa {phase} ditutup {closesOn}; {count} pegawai belum selesai: {names}",
  someone: "Seseorang",
  open: "Buka di Kinerja",
  greeting: "Yth. {name},",
  footer: "Anda menerima e-mail ini dari Kinerja. Atur e-mail yang Anda terima di {url}",
  digestSubject: "Ringkasan harian Kinerja: {count} notifikasi",
  digestIntro: "Notifikasi Anda sejak ringkasan terakhir:",
};

const en: Texts = {
  kind: {
    plan_submitted: "{name} submitted a performance plan",
    plan_returned: "{name} returned your plan with a note",
    plan_approved: "{name} approved your plan",
    plan_agreed: "{name} agreed to their performance plan",
    reopen_requested: "{name} asked for their plan to be reopened",
    correction_reported: "{name} reported a data correction",
    correction_resolved: "{name} followed up your data correction",
    practice_submitted: "{name} handed in a practice document",
    practice_responded: "{name} responded to your practice document",
    survey_sent: "{name} sent an accompaniment survey for your school",
    survey_answered: "{name} answered your accompaniment survey",
  },
  reopenApproved: "{name} approved your reopen request: you can edit your plan again",
  reopenRefused: "{name} decided your plan stays as agreed",
  reopenApprovedDocument: "{name} reopened your practice document: you can edit it again",
  reopenRefusedDocument: "{name} decided your practice document stays as handed in",
  reopenRequestedDocument: "{name} asked for their practice document to be reopened",
  phase: { perencanaan: "planning", pelaksanaan: "practice", penilaian: "assessment" },
  reminderOwner:
    "Reminder: the {phase} window closes on {closesOn} (in {days} days) and you still have something to finish",
  reminderSuperior:
    "Reminder: the {phase} window closes on {closesOn} (in {days} days); {count} people wait for you: {names}",
  escalation: "Late: the {phase} window closed on {closesOn}; {count} people have not finished: {names}",
  someone: "Someone",
  open: "Open in Kinerja",
  greeting: "Dear {name},",
  footer: "You receive this e-mail from Kinerja. Choose which e-mails you get at {url}",
  digestSubject: "Kinerja daily digest: {count} notifications",
  digestIntro: "Your notifications since the last digest:",
};

export const MAIL_TEXTS: Record<Language, Texts> = { id, en };

export const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));

/** The one sentence a notification says, as the subject of its e-mail and a line of a digest. */
export function notificationSentence(lang: Language, kind: NotificationKind, data: Record<string, string>): string {
  const t = MAIL_TEXTS[lang];
  const params = { ...data, name: data.name ?? t.someone, phase: t.phase[data.phase ?? ""] ?? data.phase ?? "" };
  switch (kind) {
    case "reopen_decided": {
      const approved = data.decision === "approved";
      const doc = Boolean(data.document);
      const tpl = approved
        ? doc
          ? t.reopenApprovedDocument
          : t.reopenApproved
        : doc
          ? t.reopenRefusedDocument
          : t.reopenRefused;
      return fill(tpl, params);
    }
    case "reopen_requested":
      return fill(data.document ? t.reopenRequestedDocument : t.kind.reopen_requested, params);
    case "deadline_reminder":
      return fill(data.role === "superior" ? t.reminderSuperior : t.reminderOwner, params);
    case "deadline_escalation":
      return fill(t.escalation, params);
    default:
      return fill(t.kind[kind], params);
  }
}
