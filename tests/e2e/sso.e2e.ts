import { createServer } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, people } from "../../src/db/schema.js";
import { startTestProvider, type TestProvider } from "../helpers/oidc-provider.js";
import { fitsPhone, freshPage, type Harness, PHONE, screenshot, startHarness } from "./helpers.js";

// Sign-in with belajar.id on a phone: the button, the provider's own pages, and back signed in.

/** A port free now: the server must know its address (PUBLIC_URL) before it listens. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("Masuk dengan akun belajar.id at 360 px", () => {
  let h: Harness;
  let op: TestProvider;
  /** PUBLIC_URL: the sign-in's cookies belong to this address (the harness's own URL says localhost). */
  let base: string;
  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    op = await startTestProvider(`${base}/api/auth/oidc/callback`);
    h = await startHarness({
      port,
      env: {
        OIDC_ISSUER: op.issuer,
        OIDC_CLIENT_ID: op.clientId,
        OIDC_CLIENT_SECRET: op.clientSecret,
        PUBLIC_URL: base,
      },
    });
    const [guru] = await h.db.select().from(accounts).where(eq(accounts.username, "guru.demo"));
    await h.db
      .update(people)
      .set({ email: "guru.demo@guru.sd.belajar.id" })
      .where(eq(people.id, guru?.personId as string));
    op.claims.set("guru-demo", { email: "guru.demo@guru.sd.belajar.id", email_verified: true });
    op.claims.set("pribadi", { email: "guru.demo@gmail.com", email_verified: true });
  });
  afterAll(async () => {
    await h?.close();
    await op?.close();
  });

  it("a teacher signs in through the provider and lands on Kinerja Saya; a personal account is told why not", async () => {
    const page = await freshPage(h, PHONE);
    await page.goto(`${base}/masuk`);
    const button = page.getByRole("link", { name: "Masuk dengan akun belajar.id" });
    await button.waitFor();
    await fitsPhone(page);
    // The whole label is shown, not cut off at the button's edge.
    const clipped = await button.evaluate((a) =>
      [...a.querySelectorAll("span")].some((s) => s.scrollWidth > s.clientWidth),
    );
    expect(clipped).toBe(false);
    await screenshot(page, "sso-sign-in-360");

    // At the provider (its development login and consent forms), as a personal account first.
    await button.click();
    await page.locator("input[name=login]").fill("pribadi");
    await page.locator("input[name=password]").fill("apa saja");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click(); // consent
    await page.getByText("Akun itu bukan akun belajar.id").waitFor();
    expect(new URL(page.url()).search).toBe("?sso=domain");
    await fitsPhone(page);
    await screenshot(page, "sso-refused-360");

    // The provider remembers that session: sign out there, then in as the teacher.
    await h.context.clearCookies();
    await page.goto(`${base}/masuk`);
    await page.getByRole("link", { name: "Masuk dengan akun belajar.id" }).click();
    await page.locator("input[name=login]").fill("guru-demo");
    await page.locator("input[name=password]").fill("apa saja");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await fitsPhone(page);
    await screenshot(page, "sso-signed-in-360");
    await page.close();
  });
});
