import { describe, expect, it } from "vitest";
import { enAuth } from "../../src/web/i18n/en-auth.js";
import { idAuth } from "../../src/web/i18n/id-auth.js";

/**
 * The server signs in by the account's username only (server/auth/login.ts); imported accounts get
 * the NIP or e-mail as their username, demo accounts names like `guru.demo`. A message that sends
 * people to the password form calls its field by the field's own label, not "NIP atau e-mail".
 */
describe("sign-in texts name the field the form has", () => {
  it.each([
    ["id", idAuth],
    ["en", enAuth],
  ] as const)("%s: the SSO-off message points to the username field", (_, s) => {
    expect(s.sso.refused.off.toLowerCase()).toContain(s.username.toLowerCase());
    expect(s.sso.refused.off).not.toMatch(/\bNIP\b|e-mail/i);
  });
});
