/**
 * `npm start`: the local playground. Serves, on 127.0.0.1 only, a page that shows the emulated
 * spreadsheet running the built add-on (dist/Code.js), with its menu, dialogs, sidebar and calendar (see
 * runtime.ts), and the JSON endpoints the page and the add-on's HTML surfaces call:
 *
 *   GET  /                      the page (client bundled with esbuild at start)
 *   GET  /api/view?sheet=<id>&from=<row>&to=<row>   what the page draws (view.ts), conditional formats
 *                               evaluated for rows from–to (default the first 150: view-styles.ts)
 *   GET  /api/styles?sheet=<id>&from=<row>&to=<row>   the evaluated formats of more rows
 *   GET  /api/mails             the e-mails the add-on sent (mail-view.ts: the Courriels panel)
 *   POST /api/menu              { functionName, answers?, token? } → done, or a question to ask
 *   POST /api/edit              { sheetId, edits: [{ row, column, text }] } → a person's edit (onEdit once)
 *   POST /api/rows              { sheetId, action: insertBefore | insertAfter | delete, row, count } → undo token
 *   POST /api/rows/undo         { token } → the row change undone (row-undo.ts)
 *   POST /api/sheet             { sheetId, action: rename | duplicate | delete, name? } → the sheet to show
 *   POST /api/columns           { sheetId, action: insertBefore | insertAfter | delete | hide | show |
 *                                 sortAsc | sortDesc, column, count } (sheet-ops.ts)
 *   POST /api/select            { sheetId } → a click on a sheet tab
 *   POST /api/example, /api/reset   (each keeps a backup copy first)
 *   POST /api/restore           { file? } → that backup copy (the newest by default) brought back
 *   POST /api/workbook/copy     { name? } → Fichier ▸ Créer une copie: a copy of the shown workbook, shown
 *   POST /api/workbook/show     { id } → another open workbook shown (workbooks.ts)
 *   POST /api/locale            { locale } → the emulated user's language
 *   POST /rpc/<name>            google.script.run from a dialog or the sidebar: JSON array of arguments
 *   GET  /html/<key>            a dialog's or the sidebar's HTML, with the google.script.run shim
 *   GET  /export/plan.xlsx, /export/agenda.ics
 *   GET  /print, /api/print?sheet=<id>   the printable version of the plan (print-view.ts)
 *
 * Every request first passes request-guard.ts: its Host (and Origin, when sent) must be this server's own
 * address and every POST must be JSON, so that no other web page can reset, edit or read the playground.
 *
 * Port: --port <n> or PORT (default 8787; 0 picks a free one). Ctrl-C or SIGTERM saves and stops.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { langFromLocale } from "../../core/i18n.ts";
import { calendarLegend } from "./calendar-view.ts";
import { exportIcs, exportXlsx } from "./exports.ts";
import { buildPage, readBody, send, sendJson, withShim } from "./http.ts";
import { mailViews } from "./mail-view.ts";
import { printView } from "./print-view.ts";
import { ownHosts, requestRefusal } from "./request-guard.ts";
import { type Answer, Playground, type PlaygroundOptions } from "./runtime.ts";
import { COLUMN_ACTIONS, type ColumnAction, SHEET_ACTIONS, type SheetAction } from "./sheet-ops.ts";
import { type PageView, workbookView } from "./view.ts";
import { DEFAULT_STYLED_ROWS, rowStyles, styledWindow } from "./view-styles.ts";

export const DEFAULT_PORT = 8787;
const HOST = "127.0.0.1";

export interface PlaygroundServer {
  url: string;
  port: number;
  playground: Playground;
  close(): Promise<void>;
}

/**
 * What the page draws: the workbook view (conditional formats evaluated for the rows `styled`), the user's
 * language, the calendar legend, the backups and the open workbooks.
 */
export function pageView(
  playground: Playground,
  sheetId?: number,
  styled: { from: number; to: number } = DEFAULT_STYLED_ROWS,
): PageView {
  const lang = langFromLocale(playground.locale);
  return {
    ...workbookView(
      playground.emulator,
      playground.calendar,
      playground.menus,
      playground.problem,
      sheetId,
      playground.now(),
      styled,
    ),
    locale: playground.locale,
    lang,
    legend: calendarLegend(lang),
    backups: playground.backups(),
    workbooks: playground.workbooks(),
  };
}

export async function startServer(
  options: PlaygroundOptions & { port?: number; host?: string } = {},
): Promise<PlaygroundServer> {
  const playground = new Playground(options);
  const page = await buildPage();
  const printPage = await buildPage("print");

  let own: string[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const refusal = requestRefusal(req, own);
    if (refusal) return sendJson(res, refusal.status, { ok: false, error: refusal.error });
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    const path = url.pathname;
    if (req.method === "GET" && (path === "/" || path === "/index.html")) {
      return send(res, 200, "text/html; charset=utf-8", page);
    }
    if (req.method === "GET" && path === "/print") {
      return send(res, 200, "text/html; charset=utf-8", printPage);
    }
    if (req.method === "GET" && path === "/api/print") {
      const sheet = url.searchParams.get("sheet");
      const lang = langFromLocale(playground.locale);
      const plan = printView(playground.emulator, lang, sheet ? Number(sheet) : undefined);
      return sendJson(res, 200, plan ?? { none: true, lang });
    }
    if (req.method === "GET" && path === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    if (req.method === "GET" && path === "/api/view") {
      playground.reloadIfChangedOnDisk();
      const sheet = url.searchParams.get("sheet");
      const from = url.searchParams.get("from");
      const styled = from
        ? styledWindow(Number(from), Number(url.searchParams.get("to")))
        : DEFAULT_STYLED_ROWS;
      return sendJson(res, 200, pageView(playground, sheet ? Number(sheet) : undefined, styled));
    }
    if (req.method === "GET" && path === "/api/styles") {
      const p = url.searchParams;
      const styles = rowStyles(
        playground.emulator,
        Number(p.get("sheet")),
        Number(p.get("from")),
        Number(p.get("to")),
      );
      return sendJson(res, styles ? 200 : 404, styles ?? { ok: false, error: "no such sheet" });
    }
    if (req.method === "GET" && path === "/api/mails") {
      return sendJson(res, 200, mailViews(playground.emulator));
    }
    if (req.method === "GET" && path.startsWith("/html/")) {
      const key = decodeURIComponent(path.slice("/html/".length));
      const html = playground.surfaceHtml(key);
      if (html === undefined)
        return send(res, 404, "text/plain; charset=utf-8", "Cette fenêtre n'existe plus.");
      return send(res, 200, "text/html; charset=utf-8", withShim(html, key));
    }
    if (req.method === "GET" && path === "/export/plan.xlsx") {
      const data = await exportXlsx(playground.emulator);
      return send(res, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data, {
        "content-disposition": 'attachment; filename="plan-daction.xlsx"',
      });
    }
    if (req.method === "GET" && path === "/export/agenda.ics") {
      const text = exportIcs(playground.calendar, playground.emulator.spreadsheet.getName());
      return send(res, 200, "text/calendar; charset=utf-8", text, {
        "content-disposition": 'attachment; filename="agenda-plan-daction.ics"',
      });
    }
    if (req.method !== "POST") return send(res, 404, "text/plain; charset=utf-8", "Not found");
    const body = (await readBody(req)) as Record<string, unknown> | unknown[] | null;
    if (path.startsWith("/rpc/")) {
      const name = decodeURIComponent(path.slice("/rpc/".length));
      return sendJson(res, 200, playground.rpc(name, Array.isArray(body) ? body : []));
    }
    const args = (body ?? {}) as Record<string, unknown>;
    switch (path) {
      case "/api/menu":
        return sendJson(
          res,
          200,
          playground.runMenu(
            String(args.functionName),
            Array.isArray(args.answers) ? (args.answers as Answer[]) : [],
            typeof args.token === "string" ? args.token : undefined,
          ),
        );
      case "/api/edit": {
        const edits = Array.isArray(args.edits)
          ? (args.edits as Array<Record<string, unknown>>)
          : [{ row: args.row, column: args.column, text: args.text }];
        const error = playground.editCells(
          Number(args.sheetId),
          edits.map((e) => ({ row: Number(e.row), column: Number(e.column), text: String(e.text ?? "") })),
        );
        return sendJson(res, 200, { ok: error === null, error });
      }
      case "/api/rows": {
        const action = String(args.action);
        if (action !== "insertBefore" && action !== "insertAfter" && action !== "delete")
          return sendJson(res, 400, { ok: false, error: `Unknown row action: ${action}` });
        const { error, undo } = playground.changeRows(
          Number(args.sheetId),
          action,
          Number(args.row),
          Number(args.count ?? 1),
        );
        return sendJson(res, 200, { ok: error === null, error, undo });
      }
      case "/api/sheet": {
        const action = String(args.action) as SheetAction;
        if (!SHEET_ACTIONS.includes(action))
          return sendJson(res, 400, { ok: false, error: `Unknown sheet action: ${action}` });
        const result = playground.changeSheet(Number(args.sheetId), action, String(args.name ?? ""));
        return sendJson(res, 200, { ok: result.error === null, ...result });
      }
      case "/api/columns": {
        const action = String(args.action) as ColumnAction;
        if (!COLUMN_ACTIONS.includes(action))
          return sendJson(res, 400, { ok: false, error: `Unknown column action: ${action}` });
        const error = playground.changeColumns(
          Number(args.sheetId),
          action,
          Number(args.column),
          Math.max(1, Number(args.count ?? 1)),
        );
        return sendJson(res, 200, { ok: error === null, error });
      }
      case "/api/rows/undo": {
        const error = playground.undoRows(String(args.token));
        return sendJson(res, 200, { ok: error === null, error });
      }
      case "/api/restore": {
        const restored = playground.restoreBackup(typeof args.file === "string" ? args.file : undefined);
        return sendJson(res, 200, restored ? { ok: true, ...restored } : { ok: false, error: "no backup" });
      }
      case "/api/locale":
        playground.setUserLocale(String(args.locale) === "en_US" ? "en_US" : "fr_CA");
        return sendJson(res, 200, { ok: true, locale: playground.locale });
      case "/api/select":
        playground.selectSheet(Number(args.sheetId));
        return sendJson(res, 200, { ok: true });
      case "/api/example": {
        const { backup, ...ui } = playground.loadExample();
        return sendJson(res, 200, { status: "done", ui, backup });
      }
      case "/api/workbook/copy": {
        const name = typeof args.name === "string" ? args.name : undefined;
        return sendJson(res, 200, { ok: true, workbook: playground.copyWorkbook(name) });
      }
      case "/api/workbook/show": {
        const shown = playground.showWorkbook(String(args.id));
        return sendJson(
          res,
          shown ? 200 : 404,
          shown ? { ok: true } : { ok: false, error: "no such workbook" },
        );
      }
      case "/api/reset":
        return sendJson(res, 200, { ok: true, ...playground.resetWorkbook() });
      default:
        return send(res, 404, "text/plain; charset=utf-8", "Not found");
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: message });
      else res.end();
    });
  });
  const host = options.host ?? HOST;
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  own = ownHosts(host, port);
  return {
    url: `http://${host}:${port}/`,
    port,
    playground,
    close: () =>
      new Promise<void>((resolvePromise) => {
        playground.save();
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

function portFromArgs(argv: string[]): number {
  const i = argv.indexOf("--port");
  const raw =
    i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith("--port="))?.slice(7) ?? process.env.PORT);
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Not a port number: ${raw}`);
  }
  return port;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = portFromArgs(process.argv.slice(2));
  const statePath = process.env.PLAYGROUND_STATE || undefined;
  const fixedNow = process.env.PLAYGROUND_NOW ? Date.parse(process.env.PLAYGROUND_NOW) : null;
  const running = await startServer({
    port,
    statePath,
    now: fixedNow === null || Number.isNaN(fixedNow) ? undefined : () => fixedNow,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") {
      console.error(
        `Port ${port} is already in use: try PORT=${port + 1} npm start (or npm start -- --port ${port + 1}).`,
      );
      process.exit(1);
    }
    throw error;
  });
  console.log(`Plan d'action — playground: ${running.url}`);
  console.log(`State: ${running.playground.statePath}`);
  console.log("Ctrl-C to stop.");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.close().then(() => {
      console.log(`\nStopped (${signal}); state saved.`);
      process.exit(0);
    });
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}
