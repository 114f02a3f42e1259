/**
 * The sharing report in French and English: counts and lists, invalid addresses with their cell,
 * refusals per person, the manual way with its addresses to copy, and the stops.
 */
import { describe, expect, it } from "vitest";
import { refusalReasonOf } from "../../../src/core/share/share-errors";
import { settingsUrl, subscribeUrl } from "../../../src/core/share/share-links";
import { manualShareReport, shareReport, shareReportText } from "../../../src/core/share/share-report";

const apiError = (code: number, message: string, reason: string) =>
  Object.assign(new Error(`API call to calendar.acl.insert failed with error: ${message}`), {
    details: { code, message, errors: [{ reason, message }] },
  });

const outcome = {
  calendarName: "Plan d'action — Comité Entraide",
  membersSheet: "Membres",
  added: ["a@example.org", "b@example.org"],
  removed: ["old@example.org"],
  already: ["owner@example.org"],
  invalid: [{ text: "pas-un-courriel", cell: "B4" }],
  refused: [{ email: "ext@other.org", cell: "B5", reason: "policy" as const }],
  removeFailed: [],
};

describe("shareReport", () => {
  it("says what was added, removed and refused, in French", () => {
    const report = shareReport("fr", outcome);
    expect(report.kind).toBe("shared");
    expect(report.summary).toBe(
      "Agenda « Plan d'action — Comité Entraide » : 2 membres ajoutés comme lecteurs, 1 accès retiré, 1 avait déjà accès. Aucun courriel n'est envoyé : chaque membre ajoute l'agenda avec le lien « Ajouter l'agenda » du résumé (Extensions ▸ Plan d'action ▸ Résumé de l'avancement). Google a refusé certains partages : voyez la liste. Corrigez les adresses non valides, puis recommencez.",
    );
    expect(report.sections).toEqual([
      { title: "Ajoutés comme lecteurs", items: [{ text: "a@example.org" }, { text: "b@example.org" }] },
      {
        title: "Accès retirés (ne sont plus dans la feuille des membres)",
        items: [{ text: "old@example.org" }],
      },
      {
        title: "Refusés par Google",
        items: [
          {
            text: "ext@other.org : le partage avec cette personne est interdit par la politique de votre organisation (partage hors du domaine).",
            cell: "B5",
          },
        ],
      },
      {
        title: "Adresses non valides (rien n'a été fait)",
        items: [{ text: "B4 : « pas-un-courriel »", cell: "B4" }],
      },
      { title: "Avaient déjà accès", items: [{ text: "owner@example.org" }] },
    ]);
  });

  it("says nothing was added on a second click, in English", () => {
    const report = shareReport("en", {
      ...outcome,
      added: [],
      removed: [],
      invalid: [],
      refused: [],
      already: ["a@example.org"],
    });
    expect(report.summary).toBe(
      'Calendar "Plan d\'action — Comité Entraide": every member of the "Membres" sheet already has access. Nothing was added.',
    );
  });

  it("says the run stopped and that what was done is kept", () => {
    const report = shareReport("fr", { ...outcome, stopped: "calendarGone" });
    expect(report.kind).toBe("failed");
    expect(report.summary).toContain("l'agenda est introuvable");
    expect(report.summary).toContain("Ce qui était fait est conservé");
  });

  it("prints as text for the menu's dialog", () => {
    const text = shareReportText("en", shareReport("en", outcome));
    expect(text).toContain("Added as readers:\n• a@example.org\n• b@example.org");
    expect(shareReportText("fr", shareReport("fr", outcome))).toContain(
      "Ajoutés comme lecteurs :\n• a@example.org",
    );
  });
});

describe("manualShareReport", () => {
  it("gives the settings link and the addresses to copy", () => {
    const report = manualShareReport("fr", {
      calendarName: "Plan d'action — Comité",
      membersSheet: "Membres",
      emails: ["a@example.org", "b@example.org"],
      invalid: [],
      settingsUrl: "https://calendar.google.com/calendar/r/settings/calendar/abc",
      grantUrl: "https://script.google.com/macros/authorize",
    });
    expect(report.kind).toBe("manual");
    expect(report.emailsToCopy).toBe("a@example.org, b@example.org");
    expect(report.summary).toContain("Partager avec des personnes précises");
    expect(report.sections[0]).toEqual({
      title: "Adresses à ajouter",
      items: [{ text: "a@example.org" }, { text: "b@example.org" }],
    });
  });
});

describe("refusalReasonOf", () => {
  it("reads Google's answer for one person", () => {
    expect(refusalReasonOf(apiError(403, "Forbidden", "forbidden"))).toBe("policy");
    expect(refusalReasonOf(apiError(400, "Invalid scope value.", "invalid"))).toBe("address");
    expect(refusalReasonOf(apiError(404, "Not Found", "notFound"))).toBe("calendarGone");
    expect(refusalReasonOf(new Error("boom"))).toBe("other");
  });
});

describe("share links", () => {
  it("builds the subscribe and settings links from the base64 id, without padding, escaped", () => {
    expect(subscribeUrl("YWJjQGdyb3VwLmNhbGVuZGFyLmdvb2dsZS5jb20=")).toBe(
      "https://calendar.google.com/calendar/r?cid=YWJjQGdyb3VwLmNhbGVuZGFyLmdvb2dsZS5jb20",
    );
    expect(settingsUrl("a+b/c==")).toBe("https://calendar.google.com/calendar/r/settings/calendar/a%2Bb%2Fc");
  });
});
