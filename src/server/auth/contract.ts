import { z } from "zod";
import { singleLine } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

export const ZLoginBody = z.object({
  username: singleLine({ min: 1, max: 200 }),
  password: z.string().min(1).max(500),
});

export const login = defineContract({
  method: "POST",
  path: "/api/auth/login",
  summary: "Masuk dengan nama pengguna akun (NIP, atau e-mail bila tanpa NIP; di demo mis. guru.demo) dan kata sandi",
  tags: ["auth"],
  auth: "public",
  body: ZLoginBody,
  response: z.object({ csrfToken: z.string(), mustChangePassword: z.boolean() }),
});

export const logout = defineContract({
  method: "POST",
  path: "/api/auth/logout",
  summary: "Keluar: mencabut sesi ini",
  tags: ["auth"],
  auth: "session",
  allowDuringPasswordChange: true,
  response: z.object({ ok: z.literal(true) }),
});

export const changePassword = defineContract({
  method: "POST",
  path: "/api/auth/password",
  summary: "Ganti kata sandi (wajib pada masuk pertama akun hasil impor)",
  tags: ["auth"],
  auth: "session",
  allowDuringPasswordChange: true,
  body: z.object({ currentPassword: z.string().min(1).max(500), newPassword: z.string().max(500) }),
  response: z.object({ ok: z.literal(true) }),
});

export const ZSessionInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string(),
  /** How the person signed in: a password, or the OpenID provider (belajar.id). */
  method: z.enum(["password", "oidc"]),
  current: z.boolean(),
});

export const listSessions = defineContract({
  method: "GET",
  path: "/api/auth/sessions",
  summary: "Sesi aktif akun saya",
  tags: ["auth"],
  auth: "session",
  response: z.object({ sessions: z.array(ZSessionInfo) }),
});

export const revokeOtherSessions = defineContract({
  method: "POST",
  path: "/api/auth/sessions/revoke-others",
  summary: "Cabut semua sesi lain akun saya",
  tags: ["auth"],
  auth: "session",
  response: z.object({ revoked: z.number().int() }),
});
