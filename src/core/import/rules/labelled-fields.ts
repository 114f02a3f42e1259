/**
 * Rule: labelled lines (`Action : …`, `Responsable : Marie`, `Échéance : juin 2024`) are read together,
 * one row per action label: a label seen again, a blank line, or an objective after an action starts the
 * next record. A record without an action completes the action just above it (`Échéance :` under an
 * action line); an objective alone opens a section; a record that fits nowhere is kept as not placed.
 * The first labelled lines of a document may be its header (`Période : …`, document-header.ts).
 */
import type { FieldBlock } from "../blocks";
import { appendText, type MappingState } from "../mapping-state";
import { readDocumentHeader, readPeriodLine } from "./document-header";
import { readNamedDoer } from "./named-doer";

export function collectField(state: MappingState, block: FieldBlock): void {
  const line = `${block.label} : ${block.value}`;
  if (readPeriodLine(state, line, block.line)) return;
  if (!state.anyAction && !state.record && readDocumentHeader(state, line, block.line)) return;
  const record = state.record;
  if (
    record &&
    (record.fields[block.column] !== undefined ||
      block.gapBefore ||
      (block.column === "objectif" && record.fields.moyens !== undefined))
  ) {
    closeRecord(state);
  }
  if (!state.record) state.record = { fields: {}, extra: [], line: block.line };
  state.record.fields[block.column] = block.value;
}

export function closeRecord(state: MappingState): void {
  const r = state.record;
  if (!r) return;
  state.record = null;
  const f = r.fields;
  const deadline = [
    f.echeancier,
    f.debut && f.echeance ? `${f.debut} à ${f.echeance}` : (f.echeance ?? f.debut),
  ]
    .filter((s): s is string => s !== undefined && s !== "")
    .join(" ; ");
  if (
    f.objectif !== undefined &&
    f.moyens === undefined &&
    Object.keys(f).length === 1 &&
    r.extra.length === 0
  ) {
    state.openSection(50, f.objectif, r.line, true);
    return;
  }
  if (f.moyens === undefined) {
    // `Échéance : juin 2024` or `Responsable : …` under an action: they complete it.
    const target = state.lastRow;
    if (target && state.lastRowIsLatest()) {
      if (f.objectif !== undefined && target.objectif === "") target.objectif = f.objectif;
      if (deadline !== "" && target.echeancier === "") target.echeancier = deadline;
      if (f.responsables !== undefined)
        target.responsables = appendText(target.responsables, f.responsables, ", ");
      if (f.resultat !== undefined) target.resultat = appendText(target.resultat, f.resultat);
      if (f.ressources !== undefined) target.ressources = appendText(target.ressources, f.ressources);
      if (f.remarques !== undefined) target.remarques = appendText(target.remarques, f.remarques);
      for (const e of r.extra) target.remarques = appendText(target.remarques, e);
      return;
    }
    if (f.objectif !== undefined) {
      state.openSection(50, f.objectif, r.line, true);
      return;
    }
    const text = Object.entries(f)
      .map(([k, v]) => `${k} : ${v}`)
      .concat(r.extra)
      .join(" — ");
    state.plan.unplaced.push({ line: r.line, text });
    return;
  }
  if (f.objectif !== undefined) state.openSection(50, f.objectif, r.line, true);
  // `ACTION ITEM: Karen Li will send …`: the name is the responsable (named-doer.ts)
  const doer = f.responsables === undefined ? readNamedDoer(f.moyens) : null;
  const row = state.addAction(doer ? doer.action : f.moyens, r.line, 0.9);
  if (deadline !== "") row.echeancier = deadline;
  if (f.responsables !== undefined) row.responsables = f.responsables;
  else if (doer) row.responsables = doer.responsable;
  if (f.resultat !== undefined) row.resultat = appendText(row.resultat, f.resultat);
  if (f.ressources !== undefined) row.ressources = f.ressources;
  if (f.remarques !== undefined) row.remarques = appendText(row.remarques, f.remarques);
  for (const e of r.extra) row.remarques = appendText(row.remarques, e);
}
