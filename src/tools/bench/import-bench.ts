/**
 * Benchmark of the text importer: the time `importPlan` takes on a 200,000-character plan (the paste
 * limit) made of every shape the readers know — a tab table, a PDF layout table, headings with bullets,
 * dates before and after actions, labelled fields, prose — and on a pathological paste (long unbroken
 * lines, thousands of parentheses) — and the preview the dialog shows of it (importPlan then importPreview,
 * the rows' source lines for the corrections included). The bench runner (src/tools/bench.ts) calls
 * `runImportBench`.
 */

import { DEFAULT_MAX_CHARS, importPlan } from "../../core/import/import-plan";
import { importPreview } from "../../core/import/import-preview";

const SECTION = [
  "AXE 2 : Vie syndicale et mobilisation",
  "OBJECTIF 2.1 : Accroître la participation des membres aux instances",
  "- Tenir une assemblée générale à chaque session (septembre et février)",
  "- Publier l'infolettre, d'ici juin",
  "• Revoir le site Web — automne 2024",
  "Février 2025 : Lancer la campagne d'adhésion",
  "Rencontrer les nouveaux membres",
  "Échéance : juin 2025",
  "Action : Former les délégués de département",
  "Responsable : Exécutif",
  "Échéance : hiver 2025",
  "",
  "Objectif\tAction\tResponsable\tÉchéance",
  "Mobiliser les membres\t- Organiser la tournée des départements\tComité de mobilisation\tOctobre 2024",
  "\t- Préparer le matériel\tSecrétariat\ten continu",
  "",
  "Orientation                 Moyens d'action                     Porteur           Quand",
  "Consolider la vie           Tenir quatre réunions du            Exécutif          par trimestre",
  "démocratique                conseil syndical",
  "                            Offrir une formation sur les        Marie Tremblay    mars 2025",
  "                            statuts",
  "",
  "Le présent plan a été adopté par l'assemblée générale. Il sera révisé chaque année.",
  "Page 3 de 12",
  "",
].join("\n");

/**
 * The bench plan: the section repeated, each copy with its own numbers (`AXE 2`, `OBJECTIF 2.1`, the
 * actions' words), so that no line is read twice and no cache makes the number look better than a
 * real paste would.
 */
export function benchText(size = DEFAULT_MAX_CHARS, first = 1): string {
  let text = "Plan d'action 2024-2026 — Syndicat du personnel\n\n";
  for (let n = first; ; n++) {
    const section = SECTION.replace(/AXE 2/g, `AXE ${n}`)
      .replace(/2\.1/g, `${n}.1`)
      .replace(/membres/g, `membres du secteur ${n}`)
      .replace(/délégués/g, `délégués de l'unité ${n}`)
      .replace(/départements/g, `départements du pavillon ${n}`);
    if (text.length + section.length + 1 >= size) break;
    text += section + "\n";
  }
  return text;
}

function timed(text: string): { ms: number; rows: number; previewMs: number } {
  const t0 = performance.now();
  const result = importPlan(text);
  const ms = performance.now() - t0;
  if (result.ok) importPreview(result.plan, "2025-01-15", "fr");
  const previewMs = performance.now() - t0;
  return { ms, rows: result.ok ? result.plan.rows.length : 0, previewMs };
}

export function runImportBench(): {
  chars: number;
  rows: number;
  ms: number;
  /** importPlan then importPreview: what the dialog's Aperçu costs on the server. */
  previewMs: number;
  pathologicalChars: number;
  pathologicalMs: number;
} {
  const text = benchText();
  timed(benchText(20000, 100000)); // warm-up, on lines the measured text does not have
  const plan = timed(text);
  const nasty = "- " + "(".repeat(50000) + "a".repeat(50000) + " (mars\n" + "x-\n".repeat(30000);
  const bad = timed(nasty);
  return {
    chars: text.length,
    rows: plan.rows,
    ms: plan.ms,
    previewMs: plan.previewMs,
    pathologicalChars: nasty.length,
    pathologicalMs: bad.ms,
  };
}
