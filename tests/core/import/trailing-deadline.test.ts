/**
 * The importer's trailing-deadline split: the échéancier module decides what reads as a deadline; the
 * importer adds that the group must close the text (a group followed by a full stop is a reference).
 */
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
    ["Rencontrer les membres (2 fois par année)", "Rencontrer les membres", "2 fois par année"],
    ["Publier le bilan (d'ici le 15 mai 2021)", "Publier le bilan", "d'ici le 15 mai 2021"],
    ["Lancer (T1 2021)  ", "Lancer", "T1 2021"],
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
    "Réflexion sur la planification du 50¢ du CISO (2025).",
    "Lancer la campagne (T1 2024).",
    "Faire un sondage (à déterminer)",
    "Réunion (mars 2020) avec l'employeur",
  ])("leaves %s alone", (input) => {
    expect(splitTrailingDeadline(input)).toEqual({ text: input, echeance: "" });
  });
});
