import { describe, expect, it } from "vitest";
import { backOf } from "../../src/web/review/paths.js";

describe("the review page's back link", () => {
  it("returns where the list put it (the admin's reopen inbox)", () => {
    expect(backOf({ back: { to: "/admin/buka-kembali?q=budi", labelKey: "reopenAdmin.title" } })).toEqual({
      to: "/admin/buka-kembali?q=budi",
      labelKey: "reopenAdmin.title",
    });
  });
  it("has none from a notification or bookmark, and never leaves the app", () => {
    expect(backOf(null)).toBeNull();
    expect(backOf({ opened: 3 })).toBeNull();
    expect(backOf({ back: { to: "https://example.org", labelKey: "x" } })).toBeNull();
    expect(backOf({ back: { to: "//example.org", labelKey: "x" } })).toBeNull();
  });
});
