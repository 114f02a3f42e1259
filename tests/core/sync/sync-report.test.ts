/**
 * What the sync says, on plain reports: real singulars and plurals in French and English, zero counts
 * left out, "nothing to change" when nothing changed, and Calendar errors turned into reasons a volunteer
 * can act on (never Google's technical text).
 */
import { describe, expect, it } from "vitest";
import { failureReasonOf } from "../../../src/core/sync/calendar-errors";
import {
  changesPhrase,
  emptyReport,
  namingPlanSheet,
  reportDetails,
  reportItem,
  summarize,
} from "../../../src/core/sync/sync-report";
import type { SyncReport, SyncStatus } from "../../../src/shared/sync-wire";

const NAME = "Plan d'action — Comité Entraide";

function report(
  status: SyncStatus,
  counts: {
    created?: number;
    updated?: number;
    deleted?: number;
    skipped?: number;
    userDeleted?: number;
  } = {},
  extra: Partial<SyncReport> = {},
): SyncReport {
  const items = (n = 0) => Array.from({ length: n }, (_, i) => reportItem(8 + i, 3, `Action ${i + 1}`));
  return {
    ...emptyReport(status, ""),
    calendarName: NAME,
    created: items(counts.created),
    updated: items(counts.updated),
    deleted: items(counts.deleted),
    skipped: items(counts.skipped),
    userDeleted: items(counts.userDeleted),
    ...extra,
  };
}

function apiError(code: number, message: string, reason: string): Error {
  const error = new Error(`API call to calendar.events.insert failed with error: ${message}`) as Error & {
    details: unknown;
  };
  error.details = { code, message, errors: [{ domain: "global", reason, message }] };
  return error;
}

describe("changesPhrase", () => {
  it("names the events once, agrees in number and leaves out zeros", () => {
    expect(changesPhrase("fr", { created: 3, updated: 1, deleted: 0 }, "done")).toBe(
      "3 événements créés, 1 modifié",
    );
    expect(changesPhrase("fr", { created: 0, updated: 1, deleted: 2 }, "done")).toBe(
      "1 événement modifié, 2 supprimés",
    );
    expect(changesPhrase("en", { created: 1, updated: 0, deleted: 2 }, "done")).toBe(
      "1 event created, 2 deleted",
    );
    expect(changesPhrase("fr", { created: 1, updated: 2, deleted: 1 }, "todo")).toBe(
      "1 événement à créer, 2 à modifier, 1 à supprimer",
    );
    expect(changesPhrase("en", { created: 0, updated: 3, deleted: 0 }, "todo")).toBe("3 events to update");
    expect(changesPhrase("fr", { created: 0, updated: 0, deleted: 0 }, "done")).toBe("");
  });
});

describe("summarize", () => {
  it("says what changed, in real words", () => {
    expect(summarize(report("done", { created: 3, updated: 1 }), "fr")).toBe(
      `L'agenda « ${NAME} » est à jour : 3 événements créés, 1 modifié.`,
    );
    expect(summarize(report("done", { created: 1, deleted: 1 }), "en")).toBe(
      `The calendar "${NAME}" is up to date: 1 event created, 1 deleted.`,
    );
  });

  it("says there was nothing to change when nothing changed", () => {
    expect(summarize(report("done", {}, { unchanged: 12 }), "fr")).toBe(
      `Rien à changer : l'agenda « ${NAME} » est déjà à jour.`,
    );
    expect(summarize(report("done", {}, { unchanged: 3 }), "en")).toBe(
      `Nothing to change: the calendar "${NAME}" is already up to date.`,
    );
    expect(summarize(report("preview", {}, { unchanged: 4 }), "fr")).toBe(
      "Aperçu : rien à changer, l'agenda est déjà à jour.",
    );
  });

  it("says when the plan has no dated action at all", () => {
    expect(summarize(report("done"), "fr")).toBe(
      `Rien à mettre dans l'agenda « ${NAME} » : aucune action du plan n'est à la fois datée et non annulée. Indiquez l'Échéancier des actions, puis relancez la synchronisation.`,
    );
    expect(summarize(report("preview"), "fr")).toBe(
      "Aperçu : rien à mettre dans l'agenda, aucune action du plan n'est à la fois datée et non annulée.",
    );
  });

  it("counts skipped rows and events deleted by a person in the singular and the plural", () => {
    expect(summarize(report("done", { created: 2, skipped: 1, userDeleted: 1 }), "fr")).toBe(
      `L'agenda « ${NAME} » est à jour : 2 événements créés. 1 événement supprimé dans l'agenda n'est pas recréé, car sa ligne n'a pas changé depuis. Modifiez la ligne pour le remettre. 1 ligne n'est pas dans l'agenda (voir la raison).`,
    );
    expect(summarize(report("done", { skipped: 2, userDeleted: 3 }), "en")).toBe(
      `Nothing to change: the calendar "${NAME}" is already up to date. 3 events deleted in the calendar are not recreated, because their rows have not changed since. Edit a row to put its event back. 2 rows are not in the calendar (see why).`,
    );
  });

  it("says how much is left when the run must go on", () => {
    expect(summarize(report("unfinished", { created: 1 }, { remaining: 1 }), "fr")).toBe(
      "Synchronisation pas encore terminée : 1 événement créé ; il reste 1 changement. Cliquez de nouveau sur « Synchroniser l'agenda » pour continuer : rien ne sera fait en double.",
    );
    expect(summarize(report("unfinished", {}, { remaining: 5 }), "en")).toBe(
      'Sync not finished yet; 5 changes left. Click "Sync the calendar" again to continue: nothing will be done twice.',
    );
  });

  it("asks about one event or several", () => {
    expect(summarize(report("needsConfirmation", {}, { deletions: 1, existing: 1 }), "fr")).toBe(
      "Le plan ne contient plus aucune action, mais l'agenda a encore 1 événement. La synchronisation le supprimerait. Si c'est voulu, confirmez ; sinon vérifiez la feuille. Rien n'a encore été changé dans l'agenda.",
    );
    expect(summarize(report("needsConfirmation", {}, { deletions: 4, existing: 4 }), "en")).toBe(
      "The plan has no actions left, but the calendar still has 4 events. The sync would delete them all. If that is intended, confirm; otherwise check the sheet. Nothing has been changed in the calendar yet.",
    );
  });

  it("gives the reason of a failure without a row, and nothing done is not mentioned", () => {
    const failed = report("failed", {}, { failure: reportItem(null, 3, "", "Raison.") });
    expect(summarize(failed, "fr")).toBe("La synchronisation s'est arrêtée. Raison.");
  });
});

describe("failureReasonOf", () => {
  it("turns Calendar errors into reasons a volunteer can act on", () => {
    expect(failureReasonOf(apiError(400, "Bad Request", "badRequest"))).toBe("invalid");
    expect(failureReasonOf(apiError(400, "Invalid resource id value.", "invalid"))).toBe("invalid");
    expect(failureReasonOf(apiError(403, "Forbidden", "forbidden"))).toBe("calendarUnavailable");
    expect(failureReasonOf(apiError(404, "Not Found", "notFound"))).toBe("calendarUnavailable");
    expect(failureReasonOf(apiError(403, "Calendar usage limits exceeded.", "quotaExceeded"))).toBe("quota");
    expect(failureReasonOf(apiError(403, "Rate Limit Exceeded", "rateLimitExceeded"))).toBe("quota");
    expect(failureReasonOf(apiError(503, "Backend Error", "backendError"))).toBe("quota");
    expect(failureReasonOf(apiError(401, "Login Required", "required"))).toBe("auth");
    expect(failureReasonOf(new Error("The Calendar advanced service is not enabled."))).toBe("serviceOff");
    expect(
      failureReasonOf(new Error("API call to calendar.events.insert failed with error: Bad Request")),
    ).toBe("invalid");
    expect(failureReasonOf(new TypeError("x is undefined"))).toBe("unexpected");
  });

  it("reads a 404 or 410 from a Calendar call as the calendar out of reach", () => {
    const calendarCall = { calendarCall: true, hasRow: true };
    expect(failureReasonOf(apiError(404, "Not Found", "notFound"), calendarCall)).toBe("calendarUnavailable");
    expect(failureReasonOf(apiError(410, "Resource has been deleted", "deleted"), calendarCall)).toBe(
      "calendarUnavailable",
    );
    // The same 410 from elsewhere is not about the calendar.
    expect(failureReasonOf(apiError(410, "Resource has been deleted", "deleted"), { hasRow: true })).toBe(
      "unexpected",
    );
    expect(failureReasonOf(apiError(400, "Bad Request", "badRequest"), calendarCall)).toBe("invalid");
  });

  it("says Google refused the event only when the sync stopped at a row", () => {
    const refused = apiError(400, "Bad Request", "badRequest");
    expect(failureReasonOf(refused, { calendarCall: true, hasRow: true })).toBe("invalid");
    expect(failureReasonOf(refused, { calendarCall: true, hasRow: false })).toBe("unexpected");
    expect(failureReasonOf(apiError(401, "Login Required", "required"), { hasRow: false })).toBe("auth");
  });
});

describe("reportDetails", () => {
  it("titles a preview's lists with what is still to do, never as done", () => {
    const preview = report("preview", { created: 2, updated: 3, deleted: 1 });
    const fr = reportDetails(preview, "fr");
    expect(fr).toContain("À créer (2) :");
    expect(fr).toContain("À modifier (3) :");
    expect(fr).toContain("À supprimer (1) :");
    expect(fr).not.toMatch(/Créés|Modifiés|Supprimés \(/);
    const en = reportDetails(preview, "en");
    expect(en).toContain("To create (2):");
    expect(en).toContain("To update (3):");
    expect(en).toContain("To delete (1):");
    expect(en).not.toMatch(/Created|Updated|Deleted \(/);
  });

  it("titles a finished run's lists with what was done", () => {
    const done = reportDetails(report("done", { created: 1, updated: 3 }), "fr");
    expect(done).toContain("Créés (1) :");
    expect(done).toContain("Modifiés (3) :");
    expect(done).not.toContain("À modifier");
  });
});

describe("namingPlanSheet", () => {
  it("names a plan sheet that is not the usual one, in either language, and leaves the usual one alone", () => {
    expect(namingPlanSheet("Rien à changer.", "Plan d'action — 2027", "fr")).toBe(
      "Feuille « Plan d'action — 2027 » : Rien à changer.",
    );
    expect(namingPlanSheet("Nothing to change.", "Plan 2", "en")).toBe('Sheet "Plan 2": Nothing to change.');
    expect(namingPlanSheet("Rien à changer.", "Plan d'action", "fr")).toBe("Rien à changer.");
    expect(namingPlanSheet("Nothing to change.", "Action plan", "en")).toBe("Nothing to change.");
    expect(namingPlanSheet("", "Plan 2", "fr")).toBe("");
  });
});
