/** The importer's own trailing-deadline matcher. */
import { describe, expect, it } from "vitest";
import { splitTrailingDeadline } from "../../../src/core/import/trailing-deadline";

describe("splitTrailingDeadline", () => {
  it.each([
    ["Mettre sur pied l'unité (mars 2020)", "Mettre sur pied l'unité", "mars 2020"],
    [
      "Développer les outils (communication, rencontres, etc.) (juin 2020)",
      "Développer les outils (communication, rencontres, etc.)",
      "juin 2020",
    ],
    ["Offrir (2020-2022)", "Offrir", "2020-2022"],
    ["Former (mandat complet)", "Former", "mandat complet"],
    ["Adapter (reste du mandat)", "Adapter", "reste du mandat"],
    ["Consulter (en continu)", "Consulter", "en continu"],
    ["Lancer (printemps 2021)", "Lancer", "printemps 2021"],
    ["Lancer (Déc. 2021)", "Lancer", "Déc. 2021"],
    ["Fête (1er mai)", "Fête", "1er mai"],
    [
      "Procéder (mai 2020-novembre 2021, en vue de novembre 2021)",
      "Procéder",
      "mai 2020-novembre 2021, en vue de novembre 2021",
    ],
  ])("%s", (input, text, echeance) => {
    expect(splitTrailingDeadline(input)).toEqual({ text, echeance });
  });

  it.each([
    "Développer les outils (communication, rencontres, etc.)",
    "Ratifier le Protocole 29 de l'OIT (2014).",
    "Assurance emploi (politique)",
    "(mars 2020)",
    "Sans parenthèse",
    "Mal fermée mars 2020)",
    "Mai (maison des jeunes)",
  ])("leaves %s alone", (input) => {
    expect(splitTrailingDeadline(input)).toEqual({ text: input, echeance: "" });
  });
});
