import { describe, expect, it } from "vitest";
import { inputErrorCode } from "../../src/server/core/db-errors.js";

describe("inputErrorCode (the error handler's last-resort mapping)", () => {
  it("finds the SQLSTATE in drizzle's cause chain", () => {
    const pgError = Object.assign(new Error("invalid byte sequence"), { code: "22021" });
    const wrapped = Object.assign(new Error("Failed query: insert into …"), { cause: pgError });
    expect(inputErrorCode(wrapped)).toBe("VALIDATION");
    expect(inputErrorCode({ code: "22008" })).toBe("VALIDATION");
    expect(inputErrorCode({ cause: { code: "23505" } })).toBe("CONFLICT");
  });

  it("leaves every other error a 500", () => {
    expect(inputErrorCode(new Error("boom"))).toBeNull();
    expect(inputErrorCode({ code: "40001" })).toBeNull();
    expect(inputErrorCode(null)).toBeNull();
  });
});
