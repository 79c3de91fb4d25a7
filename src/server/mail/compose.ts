import type { Language } from "../../domain/mail/preferences.js";
import type { NotificationKind } from "../notifications/kinds.js";
import { fill, MAIL_TEXTS, notificationSentence } from "./texts.js";

/** The page where a person chooses their e-mails (src/web/mail/EmailSettingsPage.tsx). */
export const EMAIL_SETTINGS_PATH = "/pengaturan-email";

export type Recipient = { name: string; email: string; language: Language };
export type MailItem = { kind: NotificationKind; data: Record<string, string>; link: string };
export type Email = { to: string; subject: string; text: string; html: string; messageId: string };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** A link to the very screen the bell opens: the notification's own path under the public address. */
const absolute = (publicUrl: string, link: string) => `${publicUrl}${link.startsWith("/") ? link : `/${link}`}`;

function frame(to: Recipient, publicUrl: string, lines: { sentence: string; url: string }[], intro?: string) {
  const t = MAIL_TEXTS[to.language];
  const greeting = fill(t.greeting, { name: to.name });
  const footer = fill(t.footer, { url: absolute(publicUrl, EMAIL_SETTINGS_PATH) });
  const text = [
    greeting,
    "",
    ...(intro ? [intro, ""] : []),
    ...lines.flatMap((l) => [l.sentence, `${t.open}: ${l.url}`, ""]),
    "--",
    footer,
  ].join("\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...(intro ? [`<p>${escapeHtml(intro)}</p>`] : []),
    ...lines.map((l) => `<p>${escapeHtml(l.sentence)}<br><a href="${escapeHtml(l.url)}">${escapeHtml(t.open)}</a></p>`),
    `<hr><p style="color:#555;font-size:12px">${escapeHtml(footer)}</p>`,
  ].join("\n");
  return { text, html };
}

/** One notification, sent at once. The Message-ID is the outbox row's: a receiving server drops a repeat. */
export function composeInstant(to: Recipient, item: MailItem, outboxId: string, publicUrl: string): Email {
  const sentence = notificationSentence(to.language, item.kind, item.data);
  const body = frame(to, publicUrl, [{ sentence, url: absolute(publicUrl, item.link) }]);
  return { to: to.email, subject: sentence, ...body, messageId: `<${outboxId}@kinerja>` };
}

/** The day's notifications of one person in one e-mail, oldest first. */
export function composeDigest(to: Recipient, items: readonly MailItem[], firstId: string, publicUrl: string): Email {
  const t = MAIL_TEXTS[to.language];
  const lines = items.map((i) => ({
    sentence: notificationSentence(to.language, i.kind, i.data),
    url: absolute(publicUrl, i.link),
  }));
  const body = frame(to, publicUrl, lines, t.digestIntro);
  return {
    to: to.email,
    subject: fill(t.digestSubject, { count: items.length }),
    ...body,
    messageId: `<digest-${firstId}@kinerja>`,
  };
}
