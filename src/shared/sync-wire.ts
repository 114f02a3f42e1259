/**
 * What crosses google.script.run for the calendar sync: the options the sidebar sends to `syncStep` and
 * `previewSync`, and the progress and report it gets back. Plain JSON only (numbers, strings, booleans,
 * arrays, objects): no Date, no class instance.
 */

export interface SyncStepOptions {
  /** The user confirmed that the deletions the mass-delete guard stopped may go ahead. */
  confirmDeletes?: boolean;
  /** Events span Début–Échéance instead of the Échéance day; remembered for the plan once given. */
  spanDates?: boolean;
  /**
   * The committee's answer for an old plan: leave past Terminé actions out of the calendar (true) or put
   * them in (false). Stored as the plan's setting; until one is given, a first sync with many past
   * events stops and asks (status needsConfirmation with `past` set).
   */
  skipPastDone?: boolean;
  /** Time budget of this step in ms (clamped to 5 s – 4.5 min); a short one moves the progress bar sooner. */
  budgetMs?: number;
  /** The calendar's creator answered yes to "The calendar … cannot be found. Create a new one?". */
  confirmNewCalendar?: boolean;
}

/** One row (or event) named in a report, with the cell users can click. */
export interface SyncReportItem {
  /** 1-based sheet row, null for an event whose row is gone. */
  row: number | null;
  /** The action's cell ("C12"), null when the row is gone. */
  cell: string | null;
  title: string;
  /** Why (skipped rows, failures), in the user's language; "" otherwise. */
  detail: string;
}

export type SyncStatus =
  | "done"
  | "unfinished"
  | "failed"
  | "busy"
  | "needsConfirmation"
  | "needsNewCalendar"
  | "error"
  | "preview";

export interface SyncReport {
  status: SyncStatus;
  /** Plain-language summary, ready to show (what happened and what to do next). */
  message: string;
  calendarId: string | null;
  calendarName: string;
  /** The email of the calendar's owner, the member who syncs ("" when unknown). */
  calendarOwner: string;
  /** Where to grant a scope the person unticked on Google's consent screen (null when none is missing). */
  authorizationUrl: string | null;
  /** The calendar could not be found and a new one was (or, in a preview, would be) created. */
  calendarRecreated: boolean;
  /**
   * With needsNewCalendar: the plan is a copy of a plan that has a calendar, and its first sync asks
   * before making its own (the message says so); absent otherwise.
   */
  copyOfSyncedPlan?: boolean;
  created: SyncReportItem[];
  updated: SyncReportItem[];
  deleted: SyncReportItem[];
  unchanged: number;
  skipped: SyncReportItem[];
  /** Events a person deleted in Calendar while the row stayed the same: respected, not recreated. */
  userDeleted: SyncReportItem[];
  /**
   * Writes Google answered 404 for while the event is still there (Events.get finds it): not done this
   * time, left for the next sync, and not taken for a person's deletion.
   */
  retryLater: SyncReportItem[];
  /** Occurrences of recurring events someone moved or cancelled in Calendar: left as they are. */
  movedInCalendar: number;
  /** The error that stopped the run, naming its row, or null. */
  failure: SyncReportItem | null;
  /** Calendar operations still to do (the next click or step carries on). */
  remaining: number;
  /** For needsConfirmation: how many events would be deleted, out of how many. */
  deletions: number;
  existing: number;
  /**
   * What the whole sync did, across all its steps up to this one (a long sync takes several); null when
   * the lists above are the whole story (a preview, a sync done in one step from the start).
   */
  totals: { created: number; updated: number; deleted: number } | null;
  /**
   * Events to create that lie in the past (an old plan's first sync, a preview), when there are many:
   * how many, how many still late, how many Terminé; null otherwise.
   */
  past: { count: number; late: number; done: number } | null;
}

/** What `syncStep` returns after each chunk. */
export interface SyncProgress {
  /** Calendar writes done since this sync started (across steps). */
  done: number;
  /** done + what remains. */
  total: number;
  /** True when nothing remains (or the run cannot go on without the user: busy, error, confirmation). */
  finished: boolean;
  report: SyncReport;
}
