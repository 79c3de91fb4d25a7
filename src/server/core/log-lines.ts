/**
 * The console a person reads while running `npm start` in a terminal: pino's JSON records turned
 * into one short line each (a request: `14:03:07 GET /api/me 200 12 ms`). Production keeps the
 * JSON lines (LOG_FORMAT=json, the default whenever stdout is not a terminal), which log
 * collectors parse. Written here rather than with pino-pretty, a dev dependency that a plain
 * `npm install --omit=dev` would not bring.
 */

const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
/** pino's own fields, never repeated after the message. */
const BASE = new Set(["level", "time", "pid", "hostname", "msg", "reqId", "err"]);

type LogRecord = Record<string, unknown> & { level?: number; time?: number; msg?: string };
type LoggedError = { type?: string; message?: string; stack?: string };

const clock = (time: number | undefined) => new Date(time ?? Date.now()).toTimeString().slice(0, 8);

/** One pino record (a JSON line) as one readable line, or a few when it carries an error's stack. */
export function formatLogLine(json: string): string {
  let rec: LogRecord;
  try {
    rec = JSON.parse(json) as LogRecord;
  } catch {
    return json.trimEnd();
  }
  const time = clock(rec.time);
  const level = rec.level ?? 30;
  if (rec.msg === "request" && typeof rec.method === "string") {
    const flag = level > 30 ? ` ${LEVELS[level] ?? level}` : "";
    return `${time}${flag} ${rec.method} ${String(rec.url)} ${String(rec.status)} ${String(rec.ms)} ms`;
  }
  const extra = Object.entries(rec)
    .filter(([k]) => !BASE.has(k))
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`);
  const line = [time, LEVELS[level] ?? String(level), rec.msg ?? "", ...extra].filter((s) => s !== "").join(" ");
  const err = rec.err as LoggedError | undefined;
  if (!err) return line;
  const stack = err.stack ?? `${err.type ?? "Error"}: ${err.message ?? ""}`;
  return `${line}\n${stack.replace(/^/gm, "    ")}`;
}

/** A pino destination that writes each record as a readable line (a development console). */
export function lineDestination(out: NodeJS.WritableStream = process.stdout): { write: (chunk: string) => void } {
  return {
    write(chunk: string) {
      for (const json of chunk.split("\n")) if (json.trim() !== "") out.write(`${formatLogLine(json)}\n`);
    },
  };
}
