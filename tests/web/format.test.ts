import { describe, expect, it } from "vitest";
import { i18n } from "../../src/web/i18n/index.js";
import { formatDate } from "../../src/web/ui/format.js";

const intl = (lang: "id" | "en", iso: string) =>
  new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));

describe("formatDate", () => {
  const days = ["2026-01-01", "2026-02-28", "2024-02-29", "2026-05-09", "2026-08-17", "2026-12-31"];

  it("writes a calendar date as Intl does, in Indonesian and English", async () => {
    await i18n.changeLanguage("id");
    for (const d of days) expect(formatDate(d)).toBe(intl("id", d));
    expect(formatDate("2026-08-17")).toBe("17 Agustus 2026");
    await i18n.changeLanguage("en");
    for (const d of days) expect(formatDate(d)).toBe(intl("en", d));
    await i18n.changeLanguage("id");
  });

  it("leaves what is not a date as it is, and shows a dash for nothing", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDate("bukan tanggal")).toBe("bukan tanggal");
  });
});
