/**
 * Benchmark of the échéancier parser: parses 10,000 phrases cycled from a realistic list (the seeds'
 * deadlines, the conventions of DESIGN.md §4, English forms and text that must give `none`) and reports
 * the total and per-phrase time. The bench runner (src/tools/bench.ts) calls `runEcheanceBench`.
 */

import { parseEcheance } from "../../core/echeance";

const PHRASES: string[] = [
  "décembre 2019",
  "mars 2020",
  "juin 2020",
  "reste du mandat",
  "mandat complet",
  "mandat \n\ncomplet",
  "mai 2020-novembre 2021, en vue de la tenue de l’événement en novembre 2021",
  "2020-2022",
  "2018-2019",
  "Janvier-Février",
  "Mars",
  "Février-Mars",
  "Printemps-été",
  "Septembre",
  "Responsable-juin 2 fois par année",
  "janvier à mars 2021",
  "du 3 au 7 mai 2021",
  "novembre-février",
  "hiver 2021",
  "T3 2021",
  "2e trimestre",
  "premier semestre",
  "début mars",
  "mi-avril 2021",
  "fin juin",
  "1er mai 2021",
  "15/03/2022",
  "2022-03-15",
  "d'ici le 15 mai",
  "au plus tard le 30 juin 2021",
  "reste de l'année",
  "chaque mois",
  "trimestriel",
  "4 rencontres par année",
  "by March 31, 2024",
  "end of June",
  "Q3 2021",
  "Spring 2022",
  "ongoing",
  "TBD",
  "à déterminer",
  "avant le congrès",
  "Jean Tremblay",
  "_____",
  "Développer une stratégie de participation impliquant tous les acteurs régionaux",
  "MANDAT 2019-2022",
  "Année scolaire 2014/2015",
  "AG du comité avril 2015",
  "lors de la paie du 2 octobre",
  "2016-17",
  "fin 2018",
  "le 5 janvier prochain",
  "les 27 et 28 août 2015",
  "21-25 novembre 2016 SERD",
  "Ce mercredi 8 octobre 2025",
  "Monday, December 20, 2021 at 7:30 p.m.",
  "aux trois ans",
  "par trimestre",
  "au moins trois réunions annuelles",
  "en mai dernier",
  "pour une durée de 6 semaines",
  // issue 21: the committee's year, sessions, modifiers, starts, two readings, bounded recurrences, minutes
  "année scolaire 2025-2026",
  "mandat 2025-2027",
  "premier semestre",
  "T3",
  "toute l'année",
  "session d'automne",
  "H-2026",
  "première semaine d'août",
  "2e quinzaine de mai",
  "le premier lundi d'octobre",
  "la semaine du 12 mai",
  "fin de l'automne",
  "mi-2026",
  "à partir de mai",
  "dès la fin de l'année 2021",
  "avant l'été",
  "l'an prochain",
  "mardi 13 mai 2021",
  "tous les jeudis de septembre à juin",
  "le 31 de chaque mois",
  "January 15, 2019 – Planning meeting",
  "June 27 – 29, 2021",
  "Sept 3rd",
  "d'ici Noël",
  "Redon, 07/06/21",
];

export function runEcheanceBench(n = 10000): {
  phrases: number;
  understood: number;
  totalMs: number;
  perPhraseUs: number;
  perSecond: number;
} {
  const ctx = { period: { start: "2020-09-01", end: "2023-08-31" }, reference: "2020-10-01" };
  // warm-up so the JIT and the module-level tables are ready before measuring
  for (let i = 0; i < 1000; i++) parseEcheance(PHRASES[i % PHRASES.length], ctx);
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = parseEcheance(PHRASES[i % PHRASES.length], ctx);
    if (r.kind !== "none") sink++;
  }
  const totalMs = performance.now() - t0;
  return {
    phrases: n,
    understood: sink,
    totalMs,
    perPhraseUs: (totalMs * 1000) / n,
    perSecond: (n / totalMs) * 1000,
  };
}
