/**
 * Test support for the suivi: a committee's plan on 15 January 2026 with several people in Membres —
 * Julie (follows, two actions, one shared with Nadia), Nadia (English, via the Langue column), Marc (said
 * Non), Hélène (only a Terminé action), Sophie (no address), and Paul who is not in Membres at all — run
 * through dist/Code.js in the emulator.
 */
import type { FollowUpPreview, FollowUpResult } from "../../../src/shared/follow-up-wire";
import { type Harness, installTemplate, planSheet, startAddon } from "../../support/addon";

export const OWNER = "proprietaire@gmail.com";
export const NOW = "2026-01-15T15:00:00Z";

/** Membres rows: Nom, Courriel, Rôle, Suivi par courriel, Langue. */
export const MEMBERS = [
  ["Julie Tremblay", "julie@example.org", "Présidente", "", ""],
  ["Nadia Ali", "Nadia Ali <Nadia@Example.org>", "", "Oui", "English"],
  ["Marc Côté", "marc@example.org", "", "Non", ""],
  ["Hélène Roy", "helene@example.org", "", "", ""],
  ["Sophie Gagnon", "", "Trésorière", "", ""],
];

/**
 * Plan rows from row 8: Objectifs, Résultats, Moyens, Ressources, Responsables, Échéancier, Début,
 * Échéance, Statut.
 */
export const ROWS = [
  [
    "Recrutement",
    "",
    "Tenir un kiosque <script>alert(1)</script> & <b>café</b>",
    "",
    "julie tremblay et NADIA ALI",
    "",
    "",
    "2026-01-05",
    "En cours",
  ],
  ["", "", "Préparer l'AG", "", "Julie Tremblay", "", "", "2026-02-01", "À faire"],
  ["", "", "Bilan de l'an dernier", "", "Hélène Roy", "", "", "2026-01-10", "Terminé"],
  ["Visibilité", "", "Affiches", "", "Marc Côté", "", "", "2026-01-20", "À faire"],
  ["", "", "Sondage", "", "Sophie Gagnon / Paul Inconnu", "", "", "2026-01-25", "À faire"],
  ["", "", "Plus tard", "", "Julie Tremblay", "", "", "2026-06-01", "À faire"],
  ["", "", "Abandonnée", "", "Julie Tremblay", "", "", "2026-01-16", "Annulé"],
];

export function membersOf(harness: Harness) {
  const sheet =
    harness.emulator.spreadsheet.getSheetByName("Membres") ??
    harness.emulator.spreadsheet.getSheetByName("Members");
  if (!sheet) throw new Error("no Membres sheet");
  return sheet;
}

export function committee(
  options: { members?: string[][]; rows?: string[][]; locale?: string } = {},
): Harness {
  const harness = startAddon({ now: NOW, locale: options.locale ?? "fr_CA" });
  installTemplate(harness, "Comité Entraide");
  const sheet = planSheet(harness, options.locale?.startsWith("en") ? "Action plan" : "Plan d'action");
  sheet.getRange("B3:C3").setValues([["2025-09-01", "2026-08-31"]]);
  const rows = options.rows ?? ROWS;
  sheet.getRange(8, 1, rows.length, 9).setValues(rows);
  const members = membersOf(harness);
  members.getRange("E1").setValue("Langue");
  const people = options.members ?? MEMBERS;
  members.getRange(2, 1, people.length, 5).setValues(people);
  return harness;
}

export const preview = (harness: Harness) => harness.addon.call<FollowUpPreview>("previewFollowUp");
export const send = (harness: Harness, excluded?: string[]) =>
  harness.addon.call<FollowUpResult>("sendFollowUp", ...(excluded ? [excluded] : []));

export function ready(result: FollowUpPreview): Extract<FollowUpPreview, { ok: true }> {
  if (!result.ok) throw new Error(`no preview: ${result.message}`);
  return result;
}

export function done(result: FollowUpResult): Extract<FollowUpResult, { status: "done" }> {
  if (result.status !== "done") throw new Error(`not sent: ${result.message}`);
  return result;
}
