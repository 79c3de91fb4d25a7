import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/server/core/config.js";
import { formatLogLine, lineDestination } from "../../src/server/core/log-lines.js";

const at = new Date(2026, 10, 29, 14, 3, 7).getTime();

describe("the readable console (LOG_FORMAT=lines)", () => {
  it("prints a request as one short line: time, method, url, status, ms", () => {
    const json = JSON.stringify({
      level: 30,
      time: at,
      pid: 1,
      hostname: "h",
      reqId: "req-1",
      method: "GET",
      url: "/api/me",
      status: 200,
      ms: 12,
      msg: "request",
    });
    expect(formatLogLine(json)).toBe("14:03:07 GET /api/me 200 12 ms");
  });

  it("prints other records with their level and fields, and an error's stack indented", () => {
    const job = JSON.stringify({
      level: 30,
      time: at,
      pid: 1,
      msg: "periodic job done",
      job: "purge",
      result: { n: 2 },
    });
    expect(formatLogLine(job)).toBe('14:03:07 INFO periodic job done job=purge result={"n":2}');
    const err = { type: "Error", message: "boom", stack: "Error: boom\n    at x (y.ts:1)" };
    const failed = JSON.stringify({ level: 50, time: at, msg: "request failed", err });
    expect(formatLogLine(failed)).toBe("14:03:07 ERROR request failed\n    Error: boom\n        at x (y.ts:1)");
    expect(formatLogLine("not json\n")).toBe("not json");
  });

  it("is what pino writes through the line destination", () => {
    const out: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        out.push(String(chunk));
        done();
      },
    });
    const log = pino({ level: "info" }, lineDestination(sink));
    log.info({ method: "POST", url: "/api/auth/login", status: 401, ms: 80 }, "request");
    log.debug("hidden");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^\d\d:\d\d:\d\d POST \/api\/auth\/login 401 80 ms\n$/);
  });

  it("is the default in a terminal only; JSON stays the format for pipes and production", () => {
    expect(loadConfig({}, {}, true).logFormat).toBe("lines");
    expect(loadConfig({}, {}, false).logFormat).toBe("json");
    expect(loadConfig({ NODE_ENV: "production" }, {}, true).logFormat).toBe("json");
    expect(loadConfig({ LOG_FORMAT: "json" }, {}, true).logFormat).toBe("json");
    expect(loadConfig({ LOG_FORMAT: "lines" }, {}, false).logFormat).toBe("lines");
  });
});
