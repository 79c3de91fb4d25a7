import nodemailer from "nodemailer";
import type { MailConfig } from "../core/config.js";
import type { Email } from "./compose.js";

/** What the sender needs of SMTP: send one message or throw (with nodemailer's `responseCode`). */
export type MailTransport = { send: (email: Email) => Promise<void>; close: () => void };

/** nodemailer over SMTP_URL; short timeouts so a dead server costs a retry, not a stuck sender. */
export function smtpTransport(mail: MailConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    url: mail.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (email) => {
      await transporter.sendMail({
        from: mail.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
      });
    },
    close: () => transporter.close(),
  };
}
