/**
 * Rule: the sections of minutes that hold what is to be done — « Suivis », « Prochaines étapes »,
 * « À faire », « Actions à prendre », « Tâches », "Next steps", "Action items", "To do", "Follow-up" —
 * hold actions, dated or not: their items are never set aside as a standing list. Their title names no
 * objective: the actions under it keep the objective of the sections around it (or none), the title goes
 * to Remarques. Used by the structured reading (mapping-state.ts, standing-lists.ts) and the layout
 * recogniser of dated bullet groups (numbered-orientations.ts).
 */

const ACTION_SECTION =
  /^(?:suivis?(?:\s+(?:à faire|a faire|des dossiers))?|prochaines?\s+étapes?|à faire|a faire|choses à faire|actions?\s+(?:à\s+(?:prendre|venir|réaliser|faire)|de suivi)|tâches(?:\s+à\s+faire)?|next\s+steps?|action\s+items?|actions?\s+to\s+take|to[\s-]?dos?|follow[\s-]?ups?)\s*:?$/i;

/** Whether `title` (a heading, a list's title line) is such a section. */
export function isActionSection(title: string): boolean {
  return ACTION_SECTION.test(title.replace(/^\d{1,2}[.)]\s*/, "").trim());
}
