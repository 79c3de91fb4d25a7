import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accounts, assignments, cycles, documents, periods } from "../../src/db/schema.js";
import { EKINERJA_CSV_COLUMNS } from "../../src/domain/export/ekinerja.js";
import { emptyPenilaian } from "../../src/domain/practice/penilaian.js";
import {
  DESKTOP,
  fitsPhone,
  freshPage,
  type Harness,
  PHONE,
  screenshot,
  signIn,
  signOut,
  startHarness,
} from "./helpers.js";

// Issue 10 §2–3: the Dinas sets the organisation predikat, sees the distribution break its cap,
// finalises with a reason and downloads the e-Kinerja file, on a 360 px phone.

describe("Hasil penilaian", () => {
  let h: Harness;
  let rated = 0;
  beforeAll(async () => {
    h = await startHarness();
    // The demo has no penilaian yet: every cycle of the demo period rated as the atasan would,
    // all but one Sangat Baik, so Istimewa's 70% cap is broken.
    const [admin] = await h.db
      .select({ districtId: assignments.districtId })
      .from(accounts)
      .innerJoin(assignments, eq(assignments.personId, accounts.personId))
      .where(eq(accounts.username, "dinas.demo"));
    const list = await h.db
      .select({ id: cycles.id, superiorId: cycles.superiorId })
      .from(cycles)
      .innerJoin(periods, eq(periods.id, cycles.periodId))
      .where(eq(periods.districtId, admin?.districtId as string))
      .orderBy(cycles.id);
    const rows = list.map((c, i) => ({
      cycleId: c.id,
      kind: "penilaian",
      status: "rated",
      content: { ...emptyPenilaian(), hasilKerja: i === 0 ? "sesuai" : "di_atas", perilaku: "di_atas" },
      decidedAt: new Date(),
      decidedBy: c.superiorId,
      decidedAs: "kepala_sekolah",
    }));
    await h.db.insert(documents).values(rows).onConflictDoNothing();
    rated = rows.length;
    expect(rated).toBeGreaterThan(3);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the admin sets Istimewa, sees the broken cap, finalises with a reason and downloads the CSV", async () => {
    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "dinas.demo");
    await page.getByRole("heading", { name: "Sekolah" }).waitFor();
    await page.getByRole("button", { name: "Buka menu" }).click();
    await page.getByRole("link", { name: "Hasil penilaian" }).click();
    await page.getByRole("heading", { name: "Hasil penilaian" }).waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    await page.getByText(`${rated} dari ${rated} pegawai sudah dinilai`).waitFor();
    // Nothing to finalise against yet.
    await page.getByText("Predikat organisasi belum ditetapkan", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Finalisasi hasil" }).isDisabled()).toBe(true);

    await page.getByLabel("Predikat organisasi", { exact: true }).first().click();
    await page.getByRole("option", { name: "Istimewa" }).click();
    const share = Math.round(((rated - 1) * 1000) / rated) / 10;
    const warning = `Sangat Baik ${String(share).replace(".", ",")}% melebihi batas 70% untuk predikat organisasi Istimewa`;
    await page.getByTestId("district-violations").getByText(warning).waitFor();
    await page.getByText("Sangat Baik paling banyak 70%").waitFor();
    await page.locator(".recharts-surface").waitFor();
    await fitsPhone(page);
    await screenshot(page, "results-violation-360");

    await page.getByRole("button", { name: "Finalisasi hasil" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(warning).waitFor();
    const confirm = dialog.getByRole("button", { name: "Finalisasi", exact: true });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel("Alasan finalisasi").fill("Keputusan rapat pimpinan dinas: sekolah penggerak.");
    await screenshot(page, "results-finalise-dialog-360");
    await confirm.click();
    await dialog.waitFor({ state: "detached" });
    const done = page.getByTestId("finalised");
    await done.getByText("Hasil sudah difinalisasi").waitFor();
    await done.getByText("Alasan: Keputusan rapat pimpinan dinas: sekolah penggerak.").waitFor();
    expect(await page.getByRole("button", { name: "Finalisasi hasil" }).count()).toBe(0);
    // The predikat no longer changes: shown, not offered.
    expect(await page.getByLabel("Predikat organisasi", { exact: true }).count()).toBe(0);
    await page.getByText("Predikat organisasi: Istimewa").waitFor();
    await fitsPhone(page);
    await screenshot(page, "results-finalised-360");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "e-Kinerja (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ekinerja-.*\.csv$/);
    const csv = await readFile((await download.path()) as string, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\n");
    expect(lines[0]).toBe(EKINERJA_CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(rated + 1);
    const href = (await page.getByRole("link", { name: "e-Kinerja (CSV)" }).getAttribute("href")) as string;
    const res = await page.request.get(`${h.url}${href}`);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="ekinerja-/);
    await signOut(page);
    await page.close();
  });

  it("the Kepala Dinas reads the finalised results on a desktop; a guru has no menu item", async () => {
    const page = await freshPage(h, DESKTOP);
    await signIn(page, h.url, "kadis.demo");
    await page.getByRole("link", { name: "Hasil penilaian" }).click();
    await page.getByTestId("finalised").waitFor();
    await page.getByText("Predikat organisasi: Istimewa").waitFor();
    await page.getByRole("row").filter({ hasText: "SD Negeri 1 Contoh" }).first().waitFor();
    await screenshot(page, "results-kadis-1280");
    await signOut(page);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    expect(await page.getByRole("link", { name: "Hasil penilaian" }).count()).toBe(0);
    await page.close();
  });
});
