import { describe, expect, it } from "vitest";
import { accountsCsv } from "../../../src/domain/export/accounts-csv.js";
import { csvCell, neutraliseFormula } from "../../../src/domain/export/csv.js";
import { clean } from "../../../src/domain/import/cells.js";

describe("neutraliseFormula", () => {
  it("prefixes cells a spreadsheet would run as a formula", () => {
    for (const v of ["=1+1", "+62812", "-5", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutraliseFormula(v)).toBe(`'${v}`);
    for (const v of ["Budi", "198503152010011004", "a=b", ""]) expect(neutraliseFormula(v)).toBe(v);
  });

  it("our own import reads the neutralised cell back as the original text", () => {
    expect(clean(neutraliseFormula("-Budi"))).toBe("-Budi");
  });
});

describe("accountsCsv", () => {
  it("writes a formula name as text, quoted when needed", () => {
    const csv = accountsCsv([
      { name: '=HYPERLINK("http://x","klik")', username: "198503152010011004", temporaryPassword: "abc" },
      { name: "Siti, S.Pd.", username: "@siti", temporaryPassword: "-x" },
    ]);
    expect(csv).toBe(
      "nama,nama_pengguna,kata_sandi_sementara\n" +
        `"'=HYPERLINK(""http://x"",""klik"")",198503152010011004,abc\n` +
        `"Siti, S.Pd.",'@siti,'-x\n`,
    );
  });

  it("quotes a cell with the separator", () => {
    expect(csvCell("a;b", ";")).toBe('"a;b"');
  });
});
