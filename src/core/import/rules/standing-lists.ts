/**
 * Rule, after the walk: standing files and delegations (`Dossiers statutaires` ⏎ `- Immigration` ⏎
 * `- Formation`). In a plan whose actions mostly carry a deadline (60 % or more), a list of two items or
 * more of which fewer than half carry one, under a heading that is neither numbered nor named (`Objectif`,
 * `Axe`…), is not a list of actions: its items go to skippedLists under the heading, where the preview
 * shows them. A section of actions (`Suivis`, `À faire`: action-sections.ts) is never such a list.
 */
import type { MappedPlan } from "../mapping-state";
import { isActionSection } from "./action-sections";

/** The innermost title of a list's joined section titles (`Réunion — Suivis` → `Suivis`). */
function lastPart(title: string): string {
  const parts = title.split(" — ");
  return parts[parts.length - 1] ?? "";
}

export function moveStandingLists(
  plan: MappedPlan,
  groups: ({ section: number; title: string } | null)[],
): void {
  const bySection = new Map<number, number[]>();
  groups.forEach((g, i) => {
    if (g) bySection.set(g.section, [...(bySection.get(g.section) ?? []), i]);
  });
  const lists = [...bySection.values()].filter(
    (rows) =>
      rows.length >= 2 &&
      rows.filter((i) => plan.rows[i].echeancier !== "").length * 2 < rows.length &&
      !isActionSection(lastPart(groups[rows[0]]?.title ?? "")),
  );
  const drop = new Set(lists.flat());
  const rest = plan.rows.filter((_, i) => !drop.has(i));
  const dated = rest.filter((r) => r.echeancier !== "").length;
  if (drop.size === 0 || rest.length === 0 || dated < rest.length * 0.6) return;
  for (const rows of lists) {
    const first = groups[rows[0]];
    plan.skippedLists.push({ title: first ? first.title : "", items: rows.map((i) => plan.rows[i].moyens) });
  }
  const keep = (_: unknown, i: number): boolean => !drop.has(i);
  plan.rows = plan.rows.filter(keep);
  plan.rowLines = plan.rowLines.filter(keep);
  plan.confidence = plan.confidence.filter(keep);
}
