import { describe, expect, it } from "vitest";
import { domainAllowed, isSsoRefusal, safeReturnPath, verifiedEmail } from "../../../src/domain/auth/sso.js";

const BELAJAR = ["belajar.id"];

describe("which e-mail the provider vouches for", () => {
  it("takes a verified e-mail of the allowed domain or a subdomain, lower-cased", () => {
    expect(verifiedEmail({ email: " Guru.A@Guru.SD.Belajar.ID ", email_verified: true }, BELAJAR)).toEqual({
      ok: true,
      email: "guru.a@guru.sd.belajar.id",
    });
    expect(verifiedEmail({ email: "a@belajar.id", email_verified: "true" }, BELAJAR).ok).toBe(true);
  });

  it("refuses an e-mail not verified, or not there", () => {
    for (const email_verified of [false, "false", undefined, 1, "yes"]) {
      expect(verifiedEmail({ email: "a@belajar.id", email_verified }, BELAJAR)).toEqual({
        ok: false,
        refusal: "unverified",
      });
    }
    expect(verifiedEmail({ email_verified: true }, BELAJAR)).toEqual({ ok: false, refusal: "unverified" });
    expect(verifiedEmail({ email: 42, email_verified: true }, BELAJAR)).toEqual({ ok: false, refusal: "unverified" });
  });

  it("refuses another domain, a look-alike and a domain that only starts the same", () => {
    for (const email of ["a@gmail.com", "a@notbelajar.id", "a@belajar.id.evil.example", "a@belajar.idx", "@belajar.id"])
      expect(verifiedEmail({ email, email_verified: true }, BELAJAR).ok, email).toBe(false);
  });

  it("accepts any of several configured domains", () => {
    expect(domainAllowed("a@dinas.go.id", ["belajar.id", "dinas.go.id"])).toBe(true);
    expect(domainAllowed("a@x.dinas.go.id", ["belajar.id", "dinas.go.id"])).toBe(true);
    expect(domainAllowed("a@go.id", ["belajar.id", "dinas.go.id"])).toBe(false);
  });
});

describe("where the sign-in leads", () => {
  it("keeps a path of this app", () => {
    expect(safeReturnPath("/rencana/123?tab=2#a")).toBe("/rencana/123?tab=2#a");
  });

  it("never leaves the app", () => {
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "/a\nb", "/a\\b", 5, null])
      expect(safeReturnPath(bad), String(bad)).toBe("/");
    expect(safeReturnPath(`/${"a".repeat(600)}`)).toBe("/");
  });

  it("knows its refusal codes, and nothing else", () => {
    expect(isSsoRefusal("domain")).toBe(true);
    expect(isSsoRefusal("constructor")).toBe(false);
  });
});
