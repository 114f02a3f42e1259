/**
 * The suivi as it crosses google.script.run between the « Envoyer le suivi » dialog and previewFollowUp /
 * sendFollowUp (src/server/suivi/follow-up-entry.ts), and « Mes actions » in the sidebar: plain JSON, ISO
 * day strings. Texts are already in the right language (the e-mail's in the member's).
 */
import type { Lang } from "../core/i18n";

export interface FollowItemWire {
  /** 1-based sheet row. */
  row: number;
  action: string;
  objectif: string;
  /** ISO day. */
  echeance: string;
  late: boolean;
  /** "en retard depuis 3 semaines (échéance : 15 décembre 2025)", "pour le 2 février 2026". */
  when: string;
}

export interface FollowUpPersonWire {
  /** The member's address: the key the dialog sends back to leave someone out. */
  email: string;
  name: string;
  /** The language of their e-mail. */
  lang: Lang;
  late: number;
  coming: number;
  items: FollowItemWire[];
  /** Sent today already, and the list has not changed since: nothing will be sent. */
  alreadySent: boolean;
  /** The e-mail, to copy by hand when the add-on may not send it. */
  subject: string;
  text: string;
}

export interface NamedPersonWire {
  name: string;
  actions: number;
}

export type FollowUpPreview =
  | { ok: false; lang: Lang; message: string }
  | {
      ok: true;
      lang: Lang;
      comite: string;
      sheetName: string;
      membersSheetName: string;
      today: string;
      people: FollowUpPersonWire[];
      /** Named in Responsables with actions this time, but no address in Membres. */
      noAddress: NamedPersonWire[];
      /** Carry actions this time, but « Suivi par courriel » says Non. */
      optedOut: NamedPersonWire[];
      /** Follow by e-mail and carry nothing late or due soon. */
      nothing: string[];
      /** The person may send (script.send_mail granted); otherwise the dialog offers the texts to copy. */
      canSend: boolean;
      /** Where to grant script.send_mail when it is missing (null when Google gives no link). */
      grantUrl: string | null;
      /** Recipients Google still allows today (null when it cannot be asked). */
      quota: number | null;
      /** The « Suivi par courriel » column was just added to Membres (its header, note and dropdown). */
      addedColumn: boolean;
    };

export type FollowUpResult =
  | { status: "error"; lang: Lang; message: string }
  | { status: "declined"; lang: Lang; message: string; grantUrl: string | null; people: FollowUpPersonWire[] }
  | {
      status: "done";
      lang: Lang;
      /** What happened, in plain words (several sentences). */
      message: string;
      sent: string[];
      alreadySent: string[];
      excluded: string[];
      /** Not sent this time (the quota, or a failure): the next send picks them up. */
      left: string[];
    };

/** « Mes actions » in the sidebar: the person who opens it, when Membres knows their address. */
export interface MyActionsWire {
  name: string;
  items: FollowItemWire[];
}
