import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../src/db/schema.js";
import { hashToken } from "../../src/server/core/session.js";
import { assign, makeDistrict, makePerson, makeSchool, TEST_PASSWORD } from "../helpers/factories.js";
import { createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({ maxFailedLogins: 3 });
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

async function guru() {
  const d = await makeDistrict(t.database.db);
  const s = await makeSchool(t.database.db, d.id);
  const p = await makePerson(t.database.db);
  await assign(t.database.db, p.id, "teacher", d.id, { schoolId: s.id });
  return p;
}

describe("sign-in", () => {
  it("signs in with the right password: httpOnly SameSite=Lax cookie, /api/me works", async () => {
    const p = await guru();
    const res = await login(p.username as string, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "kinerja_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    const me = await t.app.inject({ method: "GET", url: "/api/me", cookies: { kinerja_session: cookie?.value ?? "" } });
    expect(me.statusCode).toBe(200);
    expect(me.json().person.id).toBe(p.id);
    expect(me.json().roles).toEqual(["guru"]);
  });

  it("username is case-insensitive and trimmed", async () => {
    const p = await guru();
    expect((await login(`  ${(p.username as string).toUpperCase()} `, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("a wrong password → 401 with an Indonesian message, and no cookie", async () => {
    const p = await guru();
    const res = await login(p.username as string, "salah-sekali");
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({
      code: "UNAUTHENTICATED",
      message:
        "Nama pengguna atau kata sandi salah. Setelah 3 kali salah, akun dikunci sementara: bila terkunci, coba lagi dalam 15 menit.",
    });
    expect(res.cookies).toHaveLength(0);
  });

  it("an unknown user gets the same answer as a wrong password", async () => {
    const res = await login("tidak.ada", "apa-saja-12345");
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/^Nama pengguna atau kata sandi salah\./);
  });

  it("English when the language cookie says so", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "x", password: "y" },
      cookies: { kinerja_lang: "en" },
    });
    expect(res.json().message).toMatch(/^Wrong username or password\./);
  });

  it("locks the account after repeated failures, even for the right password", async () => {
    const p = await guru();
    for (let i = 0; i < 3; i++) expect((await login(p.username as string, "salah")).statusCode).toBe(401);
    const right = await login(p.username as string, TEST_PASSWORD);
    expect(right.statusCode).toBe(401);
    expect(right.json().message).toContain("coba lagi dalam 15 menit");
    expect(right.cookies).toHaveLength(0);
  });

  it("a form post (not JSON) is refused: a cross-site form cannot sign anyone in", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "text/plain" },
      payload: '{"username":"a","password":"b"}',
    });
    expect(res.statusCode).toBe(415);
  });

  it("an empty body gets a validation error with field details", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("VALIDATION");
    expect(res.json().details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(["username", "password"]),
    );
  });
});

describe("sessions", () => {
  it("a signed-out request gets 401", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/me" });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe("Silakan masuk terlebih dahulu.");
  });

  it("an expired session is refused", async () => {
    const p = await guru();
    const c = await signIn(t.app, p.username as string, TEST_PASSWORD);
    expect((await c.get("/api/me")).statusCode).toBe(200);
    await t.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.personId, p.id));
    expect((await c.get("/api/me")).statusCode).toBe(401);
  });

  it("logout revokes the session server-side: the old cookie no longer works", async () => {
    const p = await guru();
    const c = await signIn(t.app, p.username as string, TEST_PASSWORD);
    const out = await c.post("/api/auth/logout");
    expect(out.statusCode).toBe(200);
    expect((await c.get("/api/me")).statusCode).toBe(401);
    const [row] = await t.database.db.select().from(sessions).where(eq(sessions.personId, p.id));
    expect(row?.revokedAt).not.toBeNull();
  });

  it("a state-changing request without the CSRF token is refused and changes nothing", async () => {
    const p = await guru();
    const c = await signIn(t.app, p.username as string, TEST_PASSWORD);
    const res = await c.request({ method: "POST", url: "/api/auth/logout", headers: { "x-csrf-token": "palsu" } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("CSRF");
    expect((await c.get("/api/me")).statusCode).toBe(200);
  });

  it("revoke-others ends every other session of the account", async () => {
    const p = await guru();
    const phone = await signIn(t.app, p.username as string, TEST_PASSWORD);
    const laptop = await signIn(t.app, p.username as string, TEST_PASSWORD);
    const res = await laptop.post("/api/auth/sessions/revoke-others");
    expect(res.json()).toEqual({ revoked: 1 });
    expect((await phone.get("/api/me")).statusCode).toBe(401);
    expect((await laptop.get("/api/me")).statusCode).toBe(200);
    const list = await laptop.get("/api/auth/sessions");
    expect(list.json().sessions).toHaveLength(1);
    expect(list.json().sessions[0].current).toBe(true);
  });

  it("the session token is stored only as a hash", async () => {
    const p = await guru();
    const res = await login(p.username as string, TEST_PASSWORD);
    const token = res.cookies.find((c) => c.name === "kinerja_session")?.value ?? "";
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.personId, p.id));
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.some((r) => r.tokenHash === hashToken(token))).toBe(true);
  });
});

describe("forced password change on an imported account", () => {
  it("blocks everything but /api/me, logout and the change; the change lifts it", async () => {
    const d = await makeDistrict(t.database.db);
    const p = await makePerson(t.database.db, { mustChangePassword: true });
    await assign(t.database.db, p.id, "admin", d.id);
    const c = await signIn(t.app, p.username as string, TEST_PASSWORD);
    expect((await c.get("/api/me")).json().mustChangePassword).toBe(true);
    const blocked = await c.get("/api/admin/schools");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe("PASSWORD_CHANGE_REQUIRED");

    const short = await c.post("/api/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "pendek" });
    expect(short.statusCode).toBe(400);
    expect(short.json().message).toContain("minimal 10 karakter");
    const wrong = await c.post("/api/auth/password", {
      currentPassword: "bukan-ini",
      newPassword: "kata-sandi-baru-1",
    });
    expect(wrong.statusCode).toBe(400);

    const ok = await c.post("/api/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "kata-sandi-baru-1" });
    expect(ok.statusCode).toBe(200);
    expect((await c.get("/api/admin/schools")).statusCode).toBe(200);
    expect((await login(p.username as string, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(p.username as string, "kata-sandi-baru-1")).json().mustChangePassword).toBe(false);
  });
});

describe("operations", () => {
  it("health reports the database kind and version", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(res.json()).toEqual({ status: "ok", db: t.database.kind, version: t.config.version });
  });
  it("serves the OpenAPI document with the login contract", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths["/api/auth/login"].post.requestBody).toBeDefined();
    expect(doc.paths["/api/me"].get).toBeDefined();
  });
  it("an unknown API path is a 404 problem, not a page", async () => {
    const res = await t.app.inject({ method: "GET", url: "/api/tidak-ada" });
    expect(res.statusCode).toBe(404);
  });
});
