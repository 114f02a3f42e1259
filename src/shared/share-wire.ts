/**
 * What "Partager l'agenda avec le comité" answers, as it crosses google.script.run from
 * shareCalendarForSidebar (src/server/share.ts) and as the menu item shows it: plain JSON, every text
 * already in the user's language, links as strings.
 */

/** How the action ended: shared (even partly), the manual way, or stopped before touching anything. */
export type ShareKind =
  | "shared"
  | "manual"
  | "notOwner"
  | "noCalendar"
  | "noMembers"
  | "busy"
  | "failed"
  /** More than half of the accesses it gave would be removed: nothing done, the person is asked. */
  | "needsConfirmation";

/** What the sidebar sends back after the person answered a question. */
export interface ShareOptions {
  /** Yes to "remove these accesses?" (see ShareKind needsConfirmation). */
  confirmRemovals?: boolean;
}

/** One line of a section: a text, and the Membres cell it is about when there is one. */
export interface ShareItem {
  text: string;
  cell?: string;
}

export interface ShareSection {
  title: string;
  items: ShareItem[];
}

export interface ShareReport {
  kind: ShareKind;
  /** One paragraph that says what happened and what to do next. */
  summary: string;
  /** Added, removed, already shared, invalid addresses, refusals (only the non-empty ones). */
  sections: ShareSection[];
  /** The sheet the cells of `sections` are in (the Membres sheet), for selectCell. */
  membersSheet?: string;
  /** The link members open to add the calendar to their Google Calendar (once they can see it). */
  subscribeUrl?: string;
  /** The manual way: the calendar's settings page, where its owner shares it by hand. */
  settingsUrl?: string;
  /** The manual way: the members' addresses, ready to copy. */
  emailsToCopy?: string;
  /** Where the person can grant the missing permission (null when Google gives no link). */
  grantUrl?: string | null;
}
