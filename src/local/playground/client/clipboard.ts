/**
 * Copy and paste between the grid and other programs, in the format Sheets, Excel and Word exchange: a
 * block of tab-separated text, one line per row, a cell holding a tab, a line break or a quote written
 * between double quotes (quotes doubled). When the clipboard also holds HTML with a table (Word, a web
 * page, Sheets itself), its cells are read from the table instead, so a cell with several paragraphs
 * stays one cell. The HTML is parsed by DOMParser into an inert document (no script runs, nothing is put
 * into the page) and only the cells' text is kept.
 */

/** Splits tab-separated text into rows of cells. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  const source = text.replace(/\r\n?/g, "\n");
  while (i < source.length) {
    const ch = source[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote that is not doubled.
      let j = i + 1;
      let quoted = "";
      while (j < source.length) {
        if (source[j] === '"' && source[j + 1] === '"') {
          quoted += '"';
          j += 2;
        } else if (source[j] === '"') break;
        else quoted += source[j++];
      }
      const after = source[j + 1];
      if (j < source.length && (after === undefined || after === "\t" || after === "\n")) {
        cell = quoted;
        i = j + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quoteCell(text: string): string {
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toTsv(rows: string[][]): string {
  return rows.map((row) => row.map(quoteCell).join("\t")).join("\n");
}

/** The first table of pasted HTML as rows of cell texts, or null when there is none. */
export function tableFromHtml(html: string): string[][] | null {
  if (!/<table/i.test(html)) return null;
  const doc = new DOMParser().parseFromString(html, "text/html");
  const table = doc.querySelector("table");
  if (!table) return null;
  const rows: string[][] = [];
  for (const tr of Array.from(table.querySelectorAll("tr"))) {
    const cells = Array.from(tr.querySelectorAll("td, th")).map((cell) => {
      const paragraphs = Array.from(cell.querySelectorAll("p"));
      const text =
        paragraphs.length > 1
          ? paragraphs.map((p) => p.textContent ?? "").join("\n")
          : (cell.textContent ?? "");
      return text
        .replace(/\u00a0/g, " ")
        .replace(/[ \t]*\n[ \t]*/g, "\n")
        .trim();
    });
    rows.push(cells);
  }
  return rows.length ? rows : null;
}

/** What a paste brings: the HTML table when there is one, else the tab-separated text. */
export function pastedRows(data: DataTransfer): string[][] {
  const fromHtml = tableFromHtml(data.getData("text/html"));
  if (fromHtml) return fromHtml;
  const text = data.getData("text/plain").replace(/\r\n?/g, "\n");
  if (text === "") return [];
  return parseTsv(text.endsWith("\n") ? text.slice(0, -1) : text);
}
