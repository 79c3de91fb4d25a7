import { describe, expect, it } from "vitest";
import { MAX_SHEET_NAME, sanitiseSheetName, sheetNamer } from "../../../src/domain/export/sheet-names.js";

describe("sanitiseSheetName", () => {
  it("replaces the characters Excel forbids and cuts to 31", () => {
    expect(sanitiseSheetName("SD 1: Suka/maju [Induk] *?\\")).toBe("SD 1 Suka maju Induk");
    expect(sanitiseSheetName("SMP Negeri 2 Kecamatan Cibeunying Kaler")).toBe("SMP Negeri 2 Kecamatan Cibeunyi");
  });

  it("drops apostrophes at either end and falls back when nothing is left", () => {
    expect(sanitiseSheetName("'Al-Ikhlas'")).toBe("Al-Ikhlas");
    expect(sanitiseSheetName("[]:*?/\\ ")).toBe("Sekolah");
  });

  it("never splits a character made of two UTF-16 units", () => {
    const name = sanitiseSheetName(`${"a".repeat(30)}😀`);
    expect(name).toBe("a".repeat(30));
  });
});

describe("sheetNamer", () => {
  it("numbers repeats, ignoring case, within 31 characters, avoiding taken and reserved names", () => {
    const name = sheetNamer(["Ringkasan"]);
    const long = "SD Negeri 1 Sukamaju Kecamatan Cimahi Utara";
    const names = [long, long, long.toUpperCase(), "ringkasan", "History", "SD 2"].map(name);
    expect(names).toEqual([
      "SD Negeri 1 Sukamaju Kecamatan",
      "SD Negeri 1 Sukamaju Kecama (2)",
      "SD NEGERI 1 SUKAMAJU KECAMA (3)",
      "ringkasan (2)",
      "History (2)",
      "SD 2",
    ]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });
});
