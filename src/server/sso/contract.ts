import { z } from "zod";
import { defineContract } from "../core/contract.js";

export const ssoOptions = defineContract({
  method: "GET",
  path: "/api/auth/sso",
  summary: "Apakah masuk dengan akun belajar.id (OpenID Connect) aktif di instalasi ini, dan nama penyedianya",
  tags: ["auth"],
  auth: "public",
  response: z.object({ enabled: z.boolean(), name: z.string().nullable() }),
});

export const oidcStart = defineContract({
  method: "GET",
  path: "/api/auth/oidc/start",
  summary:
    "Masuk dengan akun belajar.id: mengalihkan (302) ke penyedia OpenID; bila tidak aktif atau penyedia tidak " +
    "terjangkau, kembali ke /masuk?sso=<alasan>",
  tags: ["auth"],
  auth: "public",
  query: z.object({
    next: z.string().max(2000).optional().describe("Halaman tujuan setelah masuk (jalur di aplikasi ini saja)"),
  }),
  response: z.unknown().describe("Pengalihan 302"),
});

const fromProvider = z.unknown().optional();

export const oidcCallback = defineContract({
  method: "GET",
  path: "/api/auth/oidc/callback",
  summary:
    "Kembali dari penyedia OpenID: membuat sesi bagi orang di data pegawai dengan e-mail terverifikasi itu, lalu " +
    "mengalihkan (302) ke aplikasi; bila ditolak, ke /masuk?sso=<alasan>",
  tags: ["auth"],
  auth: "public",
  query: z.object({
    code: fromProvider,
    state: fromProvider,
    iss: fromProvider,
    error: fromProvider,
    error_description: fromProvider,
  }),
  response: z.unknown().describe("Pengalihan 302"),
});
