import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents } from "../../src/db/schema.js";
import { dateInZone } from "../../src/domain/time/today.js";
import { demoPlanContent } from "../../src/server/demo/seed-demo-plans.js";
import { donePractice } from "../../src/server/demo/seed-demo-practice.js";
import { pdfPages } from "../helpers/pdf-pages.js";
import {
  type Api,
  apiAs,
  fitsPhone,
  freshPage,
  type Harness,
  PHONE,
  screenshot,
  signIn,
  startHarness,
} from "./helpers.js";

// The end of guru.demo's year: their practice done (written straight into the database, as the
// practice has its own browser tests), kepsek.demo rates it on their phone, guru.demo reads the
// result, responds, acknowledges it and downloads the SKP.
describe("the penilaian of a guru, on a 360 px phone", () => {
  let h: Harness;
  let guru: Api;
  let cycleId = "";

  beforeAll(async () => {
    h = await startHarness();
    guru = await apiAs(h, "guru.demo");
    const ks = await apiAs(h, "kepsek.demo");
    const me = await guru.call("GET", "/api/me");
    cycleId = (me.myCycles as { cycleId: string }[])[0]?.cycleId as string;
    const ksId = ((await ks.call("GET", "/api/me")).person as { id: string }).id;
    await ks.ctx.dispose();
    const now = new Date();
    await h.db
      .update(documents)
      .set({
        status: "agreed",
        version: 2,
        content: demoPlanContent("umpan-balik-konstruktif"),
        decidedAt: now,
        decidedBy: ksId,
        decidedAs: "principal",
        completedAt: now,
      })
      .where(and(eq(documents.cycleId, cycleId), eq(documents.kind, "plan")));
    await h.db.insert(documents).values(donePractice(cycleId, dateInZone(now, "Asia/Jakarta"), now, ksId));
    await h.db.update(cycles).set({ phase: "penilaian" }).where(eq(cycles.id, cycleId));
  });
  afterAll(async () => {
    await guru?.ctx.dispose();
    await h?.close();
  });

  it("kepsek.demo rates guru.demo; guru.demo responds, acknowledges and downloads the SKP", async () => {
    const ks = await freshPage(h, PHONE);
    await signIn(ks, h.url, "kepsek.demo");
    await ks.waitForURL(/\/(kinerja-saya|pegawai)/);
    await ks.goto(`${h.url}/praktik/${cycleId}`);
    await ks.getByRole("heading", { name: "Penilaian", exact: true }).waitFor();
    const group = (name: string) => ks.getByRole("radiogroup", { name });
    for (const axis of ["Upaya Refleksi", "Upaya Mempelajari", "Perubahan Praktik"]) {
      await group(axis).getByLabel("Sesuai ekspektasi", { exact: true }).check();
    }
    const notes = ks.getByLabel("Catatan umpan balik");
    for (let i = 0; i < 3; i++) await notes.nth(i).fill(`Catatan aspek ${i + 1}: terlihat dari refleksi.`);
    for (const aspect of [
      "Berorientasi pelayanan",
      "Akuntabel",
      "Kompeten",
      "Harmonis",
      "Loyal",
      "Adaptif",
      "Kolaboratif",
    ]) {
      await ks.getByLabel(aspect, { exact: true }).fill("Konsisten dan menjadi contoh rekan.");
    }
    await group("Rating Hasil Kerja").getByLabel("Di atas ekspektasi", { exact: true }).check();
    await group("Rating Perilaku Kerja").getByLabel("Di atas ekspektasi", { exact: true }).check();
    await ks.getByTestId("penilaian-predikat").getByText("Sangat Baik").waitFor();
    await ks.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(ks);
    await screenshot(ks, "penilaian-ks-360");
    await ks.getByRole("button", { name: "Tetapkan penilaian" }).click();
    await ks.getByText("Hasil penilaian", { exact: true }).waitFor();
    await ks.close();

    const page = await freshPage(h, PHONE);
    await signIn(page, h.url, "guru.demo");
    await page.getByRole("heading", { name: "Kinerja Saya" }).waitFor();
    await page.getByText("Atasan sudah menilai Anda", { exact: false }).first().waitFor();
    await page.goto(`${h.url}/praktik/${cycleId}`);
    await page.getByRole("heading", { name: "Penilaian", exact: true }).waitFor();
    await page.getByText("Sangat Baik").first().waitFor();
    await page
      .getByLabel("Tanggapan Anda atas penilaian ini (tidak wajib)")
      .fill("Terima kasih, saya lanjutkan di kelas IV.");
    await page.locator('[data-save-state="saved"]').waitFor();
    await fitsPhone(page);
    await screenshot(page, "penilaian-guru-360");
    await page.getByRole("button", { name: "Tandai sudah dibaca" }).click();
    await expect
      .poll(async () => {
        const view = await guru.call("GET", `/api/cycles/${cycleId}/practice`);
        return (view.documents as { kind: string; status: string }[]).find((d) => d.kind === "penilaian")?.status;
      })
      .toBe("acknowledged");
    // The SKP, from the button on the page.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Unduh SKP (PDF)" }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const text = pdfPages(readFileSync(path)).join("\n").toUpperCase();
    for (const words of ["SASARAN KINERJA PEGAWAI", "SANGAT BAIK", "TERIMA KASIH", "HASIL KERJA"]) {
      expect(text).toContain(words);
    }
    await page.close();
  });
});
