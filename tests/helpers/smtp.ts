import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A delivered message as the test reads it: envelope recipients, headers unfolded, the body decoded. */
export type Delivered = { to: string[]; subject: string; messageId: string; body: string; raw: string };

export type TestSmtp = {
  url: string;
  delivered: Delivered[];
  /** The next `n` messages are refused with `code` (451: try later; 550: never). */
  refuseNext: (n: number, code: number) => void;
  close: () => Promise<void>;
};

const header = (head: string, name: string) => head.match(new RegExp(`^${name}: (.*)$`, "im"))?.[1]?.trim() ?? "";

/** Quoted-printable and RFC 2047 words, enough for the ASCII-and-UTF-8 texts Kinerja writes. */
const decodeQp = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    "latin1",
  ).toString("utf8");
const decodeWords = (s: string) =>
  s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQp(text.replace(/_/g, " ")),
  );

/** A real SMTP server on 127.0.0.1 and a random port, keeping what it is sent. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const delivered: Delivered[] = [];
  let refusals: { n: number; code: number } = { n: 0, code: 451 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (refusals.n > 0) {
          refusals = { ...refusals, n: refusals.n - 1 };
          const err = Object.assign(new Error("Refused by the test"), { responseCode: refusals.code });
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const split = raw.indexOf("\r\n\r\n");
        const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
        delivered.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeWords(header(head, "Subject")),
          messageId: header(head, "Message-ID"),
          body: decodeQp(raw.slice(split + 4)),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    refuseNext: (n, code) => {
      refusals = { n, code };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
