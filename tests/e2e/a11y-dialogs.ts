import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { type Findings, visit } from "./a11y-walk.js";
import { PHONE } from "./helpers.js";

// Every dialog of the app, opened from the keyboard by the role that meets it: focus lands inside,
// Tab stays inside, axe finds nothing (1280 and 360 px; dark once per kind of dialog), Esc closes it
// and focus is back on the button that opened it. Dialogs that need more than the demo seed are set up by a11y-seed.ts.

/** The ids the dialogs' pages need, read once the demo (and a11y-seed.ts) are in the database. */
export type Ids = Record<
  "guru" | "plt" | "guru2026" | "kepsek" | "ani" | "citra" | "dedi" | "indah" | "school" | "period",
  string
>;

export type Dialog = {
  path: string;
  open: (page: Page) => Locator;
  name: string | RegExp;
  /** What brings the opener on screen: a step, a stage, a view of the page. */
  before?: (page: Page) => Promise<void>;
};

const button = (name: string | RegExp) => (p: Page) => p.getByRole("button", { name }).first();
const step = (n: number) => async (p: Page) => {
  const s = p.locator("main .mantine-Stepper-step").nth(n - 1);
  await s.click();
  await expect.poll(() => s.getAttribute("data-progress")).not.toBeNull();
};
const stage = (label: RegExp) => async (p: Page) => {
  const item = p.getByRole("list", { name: "Tahap praktik kinerja" }).getByRole("button", { name: label });
  await item.click();
  await expect.poll(() => item.getAttribute("aria-current")).toBe("step");
};

/** The dialogs each role opens, on the page where they meet it. */
export function dialogsOf(user: string, id: Ids): Dialog[] {
  const review = (cycle: string) => `/pegawai/perencanaan/${cycle}`;
  const table: Record<string, Dialog[]> = {
    "guru.demo": [
      { path: `/perencanaan/${id.guru}`, open: button("Riwayat"), name: "Riwayat perencanaan" },
      {
        path: `/perencanaan/${id.guru}`,
        before: step(1),
        open: button("Laporkan perbaikan"),
        name: "Laporkan perbaikan data",
      },
    ],
    "plt.demo": [
      { path: `/perencanaan/${id.plt}`, before: step(6), open: button("Sepakati"), name: "Sepakati perencanaan" },
    ],
    "guru2026.demo": [
      {
        path: `/perencanaan/${id.guru2026}`,
        before: step(6),
        open: button("Lanjut ajukan"),
        name: "Ajukan perencanaan",
      },
    ],
    "kepsek.demo": [
      { path: review(id.ani), open: button("Setujui"), name: "Setujui rencana ini?" },
      { path: review(id.ani), open: button("Kembalikan"), name: /^Kembalikan rencana / },
      { path: review(id.indah), open: button("Setujui buka kembali"), name: "Setujui buka kembali" },
      { path: review(id.indah), open: button("Tolak"), name: "Tolak" },
      { path: review(id.citra), open: button("Lihat"), name: "Versi 1" },
      { path: `/praktik/${id.dedi}`, before: stage(/Laporan/), open: button("Kembalikan"), name: "Kembalikan" },
    ],
    "pengawas.demo": [
      {
        path: `/praktik/${id.kepsek}`,
        before: stage(/Rekomendasi/),
        open: button("Kirim ke Kepala Dinas"),
        name: "Kumpulkan dokumen",
      },
    ],
    "dinas.demo": [
      { path: "/admin/sekolah", open: button("Tambah sekolah"), name: "Sekolah baru" },
      { path: `/admin/sekolah/${id.school}`, open: button(/^Ubah$/), name: "Ubah data sekolah" },
      { path: `/admin/sekolah/${id.school}`, open: button("Tambah guru"), name: /^Tambah guru ke / },
      { path: "/admin/pegawai", open: button(/^Ubah /), name: /^Ubah data / },
      { path: "/admin/pegawai", open: button(/^Atur ulang kata sandi /), name: /^Atur ulang kata sandi / },
      { path: "/admin/penugasan", open: button("Tambah penugasan"), name: "Tambah penugasan" },
      { path: "/admin/penugasan", open: button(/^Akhiri$/), name: /^Akhiri penugasan / },
      { path: "/admin/tim-kinerja", open: button("Tugaskan"), name: /^Tugaskan / },
      {
        path: "/admin/tim-kinerja",
        before: (p) => p.getByText("KS & pengawas", { exact: true }).click(),
        open: button("Tambah anggota"),
        name: /^Anggota Tim Kinerja untuk /,
      },
      { path: "/admin/periode", open: button("Buka periode"), name: "Buka periode baru" },
      { path: `/admin/periode/${id.period}`, open: button("Perpanjang jadwal"), name: "Perpanjang jadwal" },
      {
        path: `/admin/periode/${id.period}`,
        open: button("Perpanjang untuk sekolah / pegawai"),
        name: "Perpanjang untuk sekolah / pegawai",
      },
      { path: "/admin/koreksi", open: button(/^Tandai selesai /), name: /^Koreksi data / },
      {
        path: "/hasil-penilaian",
        before: async (p) => {
          await p.getByLabel("Predikat organisasi", { exact: true }).first().click();
          await p.getByRole("option", { name: "Baik", exact: true }).click();
          await expect.poll(() => p.getByRole("button", { name: "Finalisasi hasil" }).isEnabled()).toBe(true);
        },
        open: button("Finalisasi hasil"),
        name: "Finalisasi hasil penilaian",
      },
    ],
  };
  return table[user] ?? [];
}

/**
 * Opened from the keyboard on a phone: focus lands inside, axe finds nothing, Tab stays inside,
 * Esc closes it and focus is back on its button. Then opened again for axe at 1280 px (and dark):
 * a resize may draw the page's list anew (cards on a phone, a table wider), and the button with it.
 */
export async function dialogByKeyboard(
  page: Page,
  inFlight: () => number,
  f: Findings,
  d: Dialog,
  user: string,
): Promise<void> {
  const where = `${user} dialog ${String(d.name)}`;
  await page.setViewportSize(PHONE);
  await visit(page, d.path, inFlight);
  await d.before?.(page);
  const opener = d.open(page);
  const dialog = page.getByRole("dialog", { name: d.name });
  const open = async () => {
    await opener.focus();
    await page.keyboard.press("Enter");
    await dialog.waitFor();
  };
  const inside = () => dialog.evaluate((el) => el.contains(document.activeElement));
  /** Esc closes it: a list open in a field inside (a search of names) closes first, as it should. */
  const closeByEscape = async () => {
    const listOpen = (await dialog.locator("[aria-expanded=true]").count()) > 0;
    if (listOpen) await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  };
  await open();
  await expect.poll(inside, { message: `${where}: focus is not inside` }).toBe(true);
  await f.axe(page, `${where} @360`);
  // Every element Tab (and Shift+Tab, backwards past the first) moves focus to stays inside.
  await dialog.evaluate((el) => {
    const w = window as { a11yLeft?: string[]; a11yStop?: () => void };
    const left: string[] = [];
    const note = (e: FocusEvent) => {
      if (!el.contains(e.target as Node)) left.push((e.target as Element).outerHTML.slice(0, 100));
    };
    document.addEventListener("focusin", note);
    w.a11yLeft = left;
    w.a11yStop = () => document.removeEventListener("focusin", note);
  });
  for (const key of [...Array(8).fill("Tab"), "Shift+Tab", "Shift+Tab"]) await page.keyboard.press(key);
  const left = await page.evaluate(() => {
    const w = window as { a11yLeft?: string[]; a11yStop?: () => void };
    w.a11yStop?.();
    return w.a11yLeft;
  });
  expect(left, `${where}: Tab left the dialog`).toEqual([]);
  expect(await inside(), `${where}: focus is not inside after Tab`).toBe(true);
  await closeByEscape();
  await expect
    .poll(() => opener.evaluate((b) => b === document.activeElement), { message: `${where}: focus not back` })
    .toBe(true);
  await open();
  // Dark once per kind of dialog (a form, a confirmation, a drawer): what is inside is on the pages too.
  const kind = await dialog.evaluate((el) =>
    el.closest(".mantine-Drawer-root") ? "drawer" : el.querySelector("form") ? "form" : "confirmation",
  );
  await f.widerAndDark(page, where, `dialog ${kind}`);
  await f.light(page);
  await page.setViewportSize(PHONE);
  await closeByEscape();
}
