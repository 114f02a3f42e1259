/**
 * The general readers of layouts seen in real documents, through the built add-on (previewImport and
 * previewDocxImport on dist/Code.js): one fixture per layout, written by the team in its own words
 * (tests/fixtures/import/layout-*.txt, and a Word table made by LibreOffice), each giving its actions
 * with their objective, responsable and deadline as written — a dashed list after an introductory
 * paragraph; minutes with `ACTION ITEM: <name> will …`, `<name> will …`, `<Nom> s'occupe de …`; a
 * `Heading:` line over bullets; a title then a line that opens with its date; month headings over dated
 * lines; labelled blocks (`Action` ⏎ text, `Réalisation` ⏎ text); an `Objectif et moyens` column; the
 * « Suivis », « Prochaines étapes », « À faire » sections of minutes. Negative fixtures: lines that
 * report what happened, pronouns before `will`, a title over two dated lines: nothing invented.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportPreviewResult } from "../../src/shared/import-wire";
import { REPO, startAddon } from "../support/addon";

const FIXTURES = join(REPO, "tests/fixtures/import");

/** [objectif, action, responsables, échéancier] of each row the preview shows. */
function rowsOf(file: string): string[][] | string {
  const harness = startAddon({ now: "2025-08-20T15:00:00Z" });
  const preview = harness.addon.call<ImportPreviewResult>(
    "previewImport",
    readFileSync(join(FIXTURES, file), "utf8"),
  );
  if (!preview.ok) return preview.message;
  return preview.rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier]);
}

function unplacedOf(file: string): string[] {
  const harness = startAddon({ now: "2025-08-20T15:00:00Z" });
  const preview = harness.addon.call<ImportPreviewResult>(
    "previewImport",
    readFileSync(join(FIXTURES, file), "utf8"),
  );
  return preview.ok ? preview.unplaced : [];
}

describe("layouts of real documents, read by general rules", () => {
  it("a dashed list after an introductory paragraph: the items are actions, the paragraph no objective", () => {
    expect(rowsOf("layout-dashed-after-intro.txt")).toEqual([
      ["", "Visiter chaque établissement", "", "avant la fin d'octobre"],
      ["", "Tenir une soirée d'accueil pour les nouveaux membres", "", "novembre 2025"],
      ["", "Produire un dépliant sur la négociation", "", ""],
    ]);
  });

  it("minutes with ACTION ITEM / <name> will …: the name is the responsable; reports are not actions", () => {
    expect(rowsOf("layout-minutes-will.txt")).toEqual([
      ["1. Budget", "Send the final budget to the members", "Karen Li", "by March 15"],
      ["2. Membership drive", "Book the hall for the general assembly", "Omar Haddad", ""],
      ["2. Membership drive", "Prepare the sign-up sheets", "Julie Roy", "before April 1"],
    ]);
    expect(unplacedOf("layout-minutes-will.txt")).toEqual(
      expect.arrayContaining([
        "The budget was adopted unanimously.",
        "The February drive was a success: 40 new members joined.",
      ]),
    );
  });

  it("minutes with <Nom> s'occupe de …: the name is the responsable", () => {
    const rows = rowsOf("layout-minutes-occupe.txt") as string[][];
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [expect.stringMatching(/^Réserver la salle pour le 14/), "Marie Gagnon"],
      ["S'occuper des cadeaux des enfants", "Luc Fortin"],
      ["Contacter le salon de quilles", "Sophie Bélanger"],
    ]);
    expect(rows[2][3]).toBe("d'ici le 15 octobre");
    expect(unplacedOf("layout-minutes-occupe.txt")).toEqual(
      expect.arrayContaining([
        "La fête de l'an dernier a été appréciée ; 60 enfants ont participé.",
        "Le tournoi a été adopté pour février.",
      ]),
    );
  });

  it("a Heading: line over bullets: the bullets are actions under that heading", () => {
    expect(rowsOf("layout-heading-colon-bullets.txt")).toEqual([
      ["Prévention des chutes:", "Inspecter les escaliers des trois pavillons", "", ""],
      ["Prévention des chutes:", "Faire installer des bandes antidérapantes", "", "automne 2025"],
      ["Formation:", "Offrir la formation SIMDUT aux nouveaux membres", "", ""],
      ["Formation:", "Organiser une séance sur l'ergonomie au bureau", "", "février 2026"],
    ]);
  });

  it("a title line then a line that opens with its date: the title is the action, dated", () => {
    expect(rowsOf("layout-title-then-date.txt")).toEqual([
      ["", "Déjeuner de la Journée internationale des femmes", "", "Le 8 mars 2023"],
      ["", "Formation sur la prise de parole", "", "Le 15 avril 2023"],
      ["", "Pique-nique familial", "", "Le 8 juillet 2023"],
    ]);
  });

  it("month headings over date-first lines: each line its own date, the headings read", () => {
    expect(rowsOf("layout-month-headings.txt")).toEqual([
      ["", "Rencontre de planification du comité", "", "12 septembre"],
      ["", "Kiosque d'information sur les élections municipales", "", "26 septembre"],
      ["", "Débat entre les candidats du quartier", "", "3 octobre"],
      ["", "Envoi du bulletin aux membres", "", "17 octobre"],
      ["", "Bilan de la campagne en assemblée", "", "7 novembre"],
    ]);
    expect(unplacedOf("layout-month-headings.txt")).toEqual([]);
  });

  it("labelled blocks: Action / Réalisation / Responsable lines, each followed by its text", () => {
    expect(rowsOf("layout-labelled-blocks.txt")).toEqual([
      ["", "Organiser un camp de formation syndicale pour les jeunes membres", "Alexis Martin", "Été 2025"],
      ["", "Créer une page Facebook du comité", "Camille Roy", "Septembre 2025"],
    ]);
    expect(unplacedOf("layout-labelled-blocks.txt")).toEqual([]);
  });

  it("an Objectif et moyens column: plain lines are the objective, its items the actions", () => {
    expect(rowsOf("layout-objectif-et-moyens.txt")).toEqual([
      [
        "Augmenter la participation aux assemblées",
        "Envoyer un rappel par texto avant chaque assemblée",
        "Secrétariat",
        "septembre 2025",
      ],
      [
        "Augmenter la participation aux assemblées",
        "Offrir un service de garde pendant les assemblées",
        "Comité famille",
        "janvier 2026",
      ],
      [
        "Faire connaître la convention collective",
        "Publier une capsule par mois sur la convention",
        "Information",
        "en continu",
      ],
    ]);
    // the objective's own row held a responsable: shown as not placed, never dropped
    expect(unplacedOf("layout-objectif-et-moyens.txt")).toEqual(["Exécutif"]);
  });

  it("an Objectif et moyens column in a Word table (LibreOffice)", () => {
    const harness = startAddon({ now: "2025-08-20T15:00:00Z" });
    const name = "objectif-et-moyens.libreoffice.docx";
    const file = { name, base64: readFileSync(join(REPO, "tests/fixtures/docx", name)).toString("base64") };
    const preview = harness.addon.call<ImportPreviewResult>("previewDocxImport", file);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.rows.map((r) => [r.objectif, r.moyens, r.responsables, r.echeancier])).toEqual([
      [
        "Augmenter la participation aux assemblées",
        "Envoyer un rappel par texto avant chaque assemblée",
        "Secrétariat",
        "septembre 2025",
      ],
      [
        "Augmenter la participation aux assemblées",
        "Offrir un service de garde pendant les assemblées",
        "Secrétariat",
        "septembre 2025",
      ],
      [
        "Faire connaître la convention collective",
        "Publier une capsule par mois sur la convention",
        "Comité de l'information",
        "en continu",
      ],
    ]);
  });

  it("the Suivis, Prochaines étapes and À faire sections of minutes hold actions, dated or not", () => {
    expect(rowsOf("layout-minutes-sections.txt")).toEqual([
      ["", "Envoyer la lettre d'appui au syndicat de l'hôpital", "", ""],
      ["", "Mettre à jour la liste des délégués", "", "fin février"],
      ["", "Préparer l'assemblée générale du printemps", "", ""],
      ["", "Lancer le sondage sur les horaires de travail", "", "mars 2025"],
      ["", "Commander les affiches de la campagne", "", ""],
    ]);
  });

  it("invents nothing from reports, pronouns or a title over two dated lines", () => {
    expect(rowsOf("layout-reported-only.txt")).toMatch(/^Aucune action n'a été reconnue/);
    const rows = rowsOf("layout-negatives.txt") as string[][];
    // only the two dated lines are actions, under their title; no one « will » or « s'occupe »
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Campagne d'adhésion", "kiosque à la cafétéria.", ""],
      ["Campagne d'adhésion", "tournée des départements.", ""],
    ]);
  });
});
