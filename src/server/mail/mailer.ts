import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../db/client.js";
import type { Clock } from "../core/clock.js";
import type { MailConfig } from "../core/config.js";
import { type SendReport, sendDueEmails } from "./send-due.js";
import { type MailTransport, smtpTransport } from "./transport.js";

/** How often a node looks at the outbox: a notice reaches the inbox within this, plus the send. */
export const MAIL_POLL_MS = 10_000;

export type Mailer = {
  /** One pass now (what the timer calls); a pass still running is not started twice. */
  runOnce: () => Promise<SendReport | null>;
  start: () => void;
  /** Stops the timer, waits for a pass in progress and closes the SMTP connections. */
  stop: () => Promise<void>;
};

type Options = {
  db: Db;
  mail: MailConfig;
  clock: Clock;
  log: FastifyBaseLogger;
  /** Default: nodemailer over `mail.smtpUrl`. */
  transport?: MailTransport;
};

/**
 * The outbox's sender on this node. Every node may run one: rows are claimed with FOR UPDATE
 * SKIP LOCKED (send-due.ts), so two nodes never send the same e-mail. Same code on PGlite.
 */
export function createMailer({ db, mail, clock, log, transport = smtpTransport(mail) }: Options): Mailer {
  let running: Promise<SendReport | null> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const runOnce = () => {
    running ??= sendDueEmails({ db, transport, now: clock.now(), publicUrl: mail.publicUrl })
      .then((report) => {
        if (report.sent + report.digests + report.failed + report.retrying > 0) log.info({ report }, "e-mail sent");
        return report;
      })
      .catch((err: unknown) => {
        // The database is away: the rows stay, the next pass takes them.
        log.error({ err }, "e-mail pass failed");
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void runOnce().finally(schedule), MAIL_POLL_MS);
    timer.unref();
  };

  return {
    runOnce,
    start: () => {
      stopped = false;
      void runOnce().finally(schedule);
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
