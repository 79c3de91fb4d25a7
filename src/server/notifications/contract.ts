import { z } from "zod";
import { id, pageQuery } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";
import { NOTIFICATION_KINDS } from "./kinds.js";

export const ZNotification = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  data: z.record(z.string(), z.string()),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const listNotifications = defineContract({
  method: "GET",
  path: "/api/notifications",
  summary: "Notifikasi saya, terbaru dulu, per halaman, dan jumlah yang belum dibaca",
  tags: ["notifications"],
  auth: "session",
  query: z.object(pageQuery),
  // `unread` counts them all; `nextCursor` is null on the last page.
  response: z.object({ unread: z.number().int(), items: z.array(ZNotification), nextCursor: z.string().nullable() }),
});

export const markNotificationsRead = defineContract({
  method: "POST",
  path: "/api/notifications/read",
  summary: "Tandai notifikasi sudah dibaca: yang disebut di `ids`, atau semuanya bila `ids` tidak dikirim",
  tags: ["notifications"],
  auth: "session",
  // Null when the request has no body at all: that too means "all".
  body: z.object({ ids: z.array(id).max(500).optional() }).nullish(),
  response: z.object({ unread: z.number().int() }),
});
