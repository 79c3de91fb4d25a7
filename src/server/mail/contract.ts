import { z } from "zod";
import { LANGUAGES, ZEmailMode } from "../../domain/mail/preferences.js";
import { id, pageQuery, searchQuery } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";
import { NOTIFICATION_KINDS } from "../notifications/kinds.js";

export const ZEmailSettings = z.object({
  /** The address on the person's staff record; null: nothing can be sent. */
  email: z.string().nullable(),
  /** Whether this server sends e-mail at all (SMTP_URL set). */
  enabled: z.boolean(),
  language: z.enum(LANGUAGES),
  /** Every kind with the mode that applies (the person's choice or the default). */
  modes: z.array(z.object({ kind: z.enum(NOTIFICATION_KINDS), mode: ZEmailMode })),
});

export const getEmailSettings = defineContract({
  method: "GET",
  path: "/api/me/email-settings",
  summary: "Pengaturan e-mail saya: bahasa dan, per jenis notifikasi, langsung / ringkasan harian / tidak",
  tags: ["me"],
  auth: "session",
  response: ZEmailSettings,
});

export const setEmailSettings = defineContract({
  method: "PUT",
  path: "/api/me/email-settings",
  summary: "Simpan pengaturan e-mail saya (jenis yang tidak dikirim tidak berubah)",
  tags: ["me"],
  auth: "session",
  body: z.object({
    language: z.enum(LANGUAGES),
    modes: z.array(z.object({ kind: z.enum(NOTIFICATION_KINDS), mode: ZEmailMode })).max(NOTIFICATION_KINDS.length),
  }),
  response: ZEmailSettings,
});

export const ZReminderSent = z.object({
  cycleId: z.string(),
  phase: z.string(),
  kind: z.enum(["reminder", "escalation"]),
  days: z.number().int(),
  closesOn: z.string(),
  sentAt: z.string(),
  /** The person the reminder is about (the cycle's owner). */
  about: z.object({ id: z.string(), name: z.string() }),
  recipients: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const listRemindersSent = defineContract({
  method: "GET",
  path: "/api/admin/districts/:id/reminders",
  summary: "Pengingat dan eskalasi tenggat yang terkirim di dinas ini, terbaru dulu, per halaman (cari nama)",
  tags: ["admin"],
  auth: "session",
  params: z.object({ id }),
  query: z.object({ ...pageQuery, q: searchQuery }),
  response: z.object({ items: z.array(ZReminderSent), nextCursor: z.string().nullable() }),
});
