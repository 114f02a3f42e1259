/**
 * One person's suivi e-mail, in their language: the subject « Plan d'action — <comité> : vos actions
 * (2 en retard, 1 à venir) », a plain-text body and the same in HTML — late actions first with how late
 * in words (core/lateness.ts), then those due within 30 days with their date, each with its objective and
 * a link to its row of the plan sheet (#gid=…&range=A12) — then who sent it and how to stop receiving it.
 * Every text from a cell is escaped in the HTML; line breaks are taken out of everything that becomes a
 * header (subject, sender name), so no cell can add one. The content hash says whether a list changed
 * since the last send (the lateness words, which change every day, are left out of it).
 */
import { MONTH_NAMES } from "../dates";
import { type Lang, localize } from "../i18n";
import { latenessPhrase } from "../lateness";
import { longHash32hex } from "../sync/hash";
import { typeset } from "../typography";
import { FOLLOW_MAIL_TEXT } from "./follow-mail-text";
import { FOLLOW_CHOICES, FOLLOW_HEADER } from "./follow-members";
import type { FollowItem } from "./follow-up";

export interface FollowMailInput {
  lang: Lang;
  name: string;
  email: string;
  items: FollowItem[];
  comite: string;
  today: string;
  /** The plan sheet's link without its range: https://docs.google.com/…/edit#gid=123 */
  sheetUrl: string;
  sheetName: string;
  membersSheetName: string;
  /** Who clicks « Envoyer le suivi » ("" when Google does not say). */
  sender: string;
}

export interface FollowMail {
  subject: string;
  text: string;
  html: string;
  /** The sender's display name (header-safe). */
  fromName: string;
  hash: string;
}

/** `text` on one line: any line break (and Unicode line separators) becomes a space. */
export function oneLine(text: string): string {
  return text
    .replace(/[\r\n\u0085\u2028\u2029]+/g, " ")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** "15 mars 2026", "March 15, 2026". */
export function longDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split("-").map(Number);
  return lang === "fr"
    ? `${d === 1 ? "1er" : d} ${MONTH_NAMES.fr[m - 1]} ${y}`
    : `${MONTH_NAMES.en[m - 1]} ${d}, ${y}`;
}

/** The link to an item's row. */
export function rowLink(sheetUrl: string, row: number): string {
  return `${sheetUrl}&range=A${row}`;
}

function countsText(lang: Lang, late: number, coming: number): string {
  const t = FOLLOW_MAIL_TEXT;
  const parts: string[] = [];
  if (late > 0) parts.push(localize(lang, late === 1 ? t.lateOne : t.lateMany, { n: late }));
  if (coming > 0) parts.push(localize(lang, coming === 1 ? t.comingOne : t.comingMany, { n: coming }));
  return parts.join(", ");
}

/** The subject, on one line. */
export function followSubject(lang: Lang, comite: string, late: number, coming: number): string {
  const t = FOLLOW_MAIL_TEXT;
  const title = oneLine(comite)
    ? localize(lang, t.titleWithComite, { comite: oneLine(comite) })
    : localize(lang, t.title);
  return typeset(lang, oneLine(localize(lang, t.subject, { title, counts: countsText(lang, late, coming) })));
}

/** "en retard depuis 3 semaines (échéance : 15 décembre 2025)", "pour le 2 février 2026". */
export function followWhen(item: FollowItem, lang: Lang, today: string): string {
  const t = FOLLOW_MAIL_TEXT;
  if (item.late)
    return localize(lang, t.lateWhen, {
      since: latenessPhrase(item.echeance, today, lang),
      day: longDay(item.echeance, lang),
    });
  if (item.days === 0) return localize(lang, t.dueToday);
  return localize(lang, t.dueOn, { day: longDay(item.echeance, lang) });
}

export function composeFollowMail(input: FollowMailInput): FollowMail {
  const { lang } = input;
  const t = FOLLOW_MAIL_TEXT;
  const say = (text: string) => typeset(lang, text);
  const late = input.items.filter((item) => item.late);
  const coming = input.items.filter((item) => !item.late);
  const subject = followSubject(lang, input.comite, late.length, coming.length);
  const comite = oneLine(input.comite);
  const greeting = say(localize(lang, t.greeting, { name: oneLine(input.name) }));
  const intro = say(comite ? localize(lang, t.introWithComite, { comite }) : localize(lang, t.intro));
  const sentBy = say(
    input.sender
      ? localize(lang, t.sentBy, { sender: input.sender, sheet: input.sheetName })
      : localize(lang, t.sentBySomeone, { sheet: input.sheetName }),
  );
  const stop = say(
    localize(lang, t.stop, {
      column: FOLLOW_HEADER[lang],
      no: FOLLOW_CHOICES[lang][1],
      members: input.membersSheetName,
    }),
  );
  const sections = [
    { title: say(localize(lang, t.lateTitle)), items: late },
    { title: say(localize(lang, t.comingTitle)), items: coming },
  ].filter((section) => section.items.length > 0);
  const objectiveLabel = (objectif: string) => say(localize(lang, t.objective, { objectif }));

  const textLines = [greeting, "", intro];
  for (const section of sections) {
    textLines.push("", section.title);
    for (const item of section.items) {
      textLines.push(`- ${oneLine(item.action)} — ${say(followWhen(item, lang, input.today))}`);
      if (item.objectif) textLines.push(`  ${objectiveLabel(oneLine(item.objectif))}`);
      textLines.push(`  ${rowLink(input.sheetUrl, item.row)}`);
    }
  }
  textLines.push("", "--", sentBy, stop);

  const html = [
    `<div lang="${lang}" style="font-family:Arial,sans-serif;font-size:14px;line-height:1.45;color:#202124">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...sections.map(
      (section) =>
        `<h2 style="font-size:16px;margin:18px 0 6px">${escapeHtml(section.title)}</h2><ul style="padding-left:20px;margin:0">${section.items
          .map(
            (item) =>
              `<li style="margin:0 0 10px"><strong>${escapeHtml(item.action)}</strong> — ${escapeHtml(say(followWhen(item, lang, input.today)))}` +
              (item.objectif
                ? `<br><span style="color:#5f6368">${escapeHtml(objectiveLabel(item.objectif))}</span>`
                : "") +
              `<br><a href="${escapeHtml(rowLink(input.sheetUrl, item.row))}">${escapeHtml(say(localize(lang, t.openRow, { row: item.row })))}</a></li>`,
          )
          .join("")}</ul>`,
    ),
    `<hr style="border:none;border-top:1px solid #dadce0;margin:18px 0 8px">`,
    `<p style="color:#5f6368;font-size:12px">${escapeHtml(sentBy)}<br>${escapeHtml(stop)}</p>`,
    "</div>",
  ].join("");

  const hash = longHash32hex(
    JSON.stringify([
      input.email,
      lang,
      comite,
      input.items.map((item) => [item.row, item.action, item.objectif, item.echeance, item.late]),
    ]),
  );
  return {
    subject,
    text: textLines.join("\n"),
    html,
    fromName: oneLine(say(localize(lang, t.fromName))),
    hash,
  };
}
