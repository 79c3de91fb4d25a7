import i18next, { type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { Me } from "../../src/server/me/contract.js";
import { correctionHandlerName, correctionHandlerOf } from "../../src/web/app/access.js";
import { en } from "../../src/web/i18n/en.js";
import { idCore } from "../../src/web/i18n/id.js";
import { idAreas } from "../../src/web/i18n/id-areas.js";
import { mergeStrings } from "../../src/web/i18n/merge.js";

type HatKind = Me["hats"][number]["kind"];
const meWith = (...hats: [HatKind, string | null][]): Me =>
  ({
    hats: hats.map(([kind, schoolId]) => ({
      kind,
      schoolId,
      acting: false,
      districtId: "D1",
      districtName: "Dinas",
      schoolName: schoolId,
      startsOn: "2026-01-01",
      endsOn: null,
    })),
  }) as unknown as Me;

const guru = meWith(["teacher", "S1"]);
const pengawas = meWith(["supervisor", "S1"], ["supervisor", "S2"], ["tim_kinerja", null]);

describe("who the screens say fixes my data", () => {
  it("names the one the server sends the correction to: a guru's operator, else the district admin", () => {
    const cases: [Me, "operator" | "admin"][] = [
      [guru, "operator"],
      // The operator may not change a principal's data (operatorManages): their report goes to the dinas.
      [meWith(["principal", "S1"], ["teacher", "S1"]), "admin"],
      [pengawas, "admin"],
    ];
    for (const [me, expected] of cases) expect(correctionHandlerOf(me)).toBe(expected);
  });

  // Every text of the home page and the e-mail settings that says whom to ask about my data.
  const said = (t: TFunction, me: Me): string[] => {
    const handler = correctionHandlerName(t, me);
    return [
      t("mine.correction.open", { handler }),
      t("mine.profileHint", { handler }),
      t("mine.emptyBody", { handler }),
      t(`mail.settings.noEmail.${correctionHandlerOf(me)}`),
    ];
  };
  const translator = async (lng: "id" | "en"): Promise<TFunction> => {
    const id = mergeStrings(idCore, idAreas.idAdmin, idAreas.idPlanning, idAreas.idReview);
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { id: { translation: id }, en: { translation: en } },
      lng,
      interpolation: { escapeValue: false },
    });
    return i18n.t;
  };

  it("never tells a pengawas to ask the school operator, in either language", async () => {
    for (const [lng, operator, admin] of [
      ["id", /operator sekolah/i, /admin dinas/],
      ["en", /school operator/i, /district admin/],
    ] as const) {
      const t = await translator(lng);
      for (const text of said(t, pengawas)) {
        expect(text).not.toMatch(operator);
        expect(text).toMatch(admin);
      }
      for (const text of said(t, guru)) expect(text).toMatch(operator);
    }
  });
});
