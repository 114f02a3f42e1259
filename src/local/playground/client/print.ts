/**
 * The printable version of the plan (GET /print): its title, header block and table, drawn from
 * GET /api/print with textContent, for the browser's own printing — print.css lays it out in landscape,
 * the table's header row repeated on every page, no row cut across two pages, the status colours kept.
 */
import type { PrintView } from "../print-view.ts";
import { api, el } from "./dom.ts";

const WORDS = {
  print: { fr: "Imprimer", en: "Print" },
  none: {
    fr: "Aucun plan à imprimer : installez le modèle ou chargez l'exemple dans le bac à sable.",
    en: "No plan to print: install the template or load the example in the sandbox.",
  },
  sheet: { fr: "Feuille", en: "Sheet" },
};

async function draw(): Promise<void> {
  const query = new URLSearchParams(window.location.search).get("sheet");
  const plan = await api<PrintView | { none: true; lang: "fr" | "en" }>(
    `/api/print${query ? `?sheet=${query}` : ""}`,
  );
  const lang = plan.lang;
  document.documentElement.lang = lang;
  const root = document.getElementById("print-root") as HTMLElement;
  const button = el("button", { type: "button", className: "print-button", text: WORDS.print[lang] });
  button.addEventListener("click", () => window.print());
  if ("none" in plan) {
    root.replaceChildren(button, el("p", { text: WORDS.none[lang] }));
    document.body.dataset.ready = "true";
    return;
  }
  document.title = plan.title;
  const header = el("dl", { className: "plan-header" });
  for (const line of plan.header)
    header.append(el("dt", { text: line.label }), el("dd", { text: line.value }));
  // A bilan: its sentences, then each group of figures under its own heading.
  const above: HTMLElement[] = [header];
  if (plan.bilan) {
    above.length = 0;
    for (const sentence of plan.bilan.intro)
      above.push(el("p", { className: "bilan-intro", text: sentence }));
    for (const group of plan.bilan.groups) {
      const rows = group.rows.map((row) =>
        el("tr", {}, [el("th", { scope: "row", text: row.label }), el("td", { text: row.value })]),
      );
      above.push(
        el("section", { className: "bilan-figures" }, [
          el("h2", { text: group.heading }),
          el("table", {}, [el("tbody", {}, rows)]),
        ]),
      );
    }
  }
  // The sheet's widths as a hint for the long-text columns; short ones (dates, status) take what they need.
  const total = plan.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const colgroup = el("colgroup");
  for (const column of plan.columns)
    colgroup.append(
      el("col", column.width >= 150 ? { style: `width:${((column.width / total) * 100).toFixed(2)}%` } : {}),
    );
  const headRow = el("tr");
  for (const column of plan.columns) headRow.append(el("th", { scope: "col", text: column.label }));
  const body = el("tbody");
  for (const row of plan.rows) {
    const tr = el("tr");
    for (const cell of row) {
      const td = el("td", { text: cell.text });
      if (cell.background) td.style.backgroundColor = cell.background;
      if (cell.color) td.style.color = cell.color;
      if (cell.bold) td.style.fontWeight = "bold";
      if (cell.strike) td.style.textDecoration = "line-through";
      tr.append(td);
    }
    body.append(tr);
  }
  root.replaceChildren(
    button,
    el("h1", { text: plan.title }),
    ...above,
    el("table", { className: "plan-table" }, [colgroup, el("thead", {}, [headRow]), body]),
  );
  document.body.dataset.ready = "true";
}

void draw();
