/**
 * The playground server's HTTP plumbing: the page built from its client bundle and stylesheet (esbuild,
 * at start), JSON and plain answers with the headers every answer carries, a request body read as JSON
 * with a size limit, and the google.script.run shim put first in a dialog's or the sidebar's HTML.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { RPC_SHIM } from "./shim.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
/** Above the add-on's own limit on Word files (10 MB, sent as base64), so that the add-on is the one to say it. */
const MAX_BODY = 16 * 1024 * 1024;

/** A page: <name>.html with its client bundle and its stylesheet inlined. */
export async function buildPage(name = "page"): Promise<string> {
  const script = await esbuild.build({
    entryPoints: [join(HERE, "client", `${name}.ts`)],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    write: false,
    charset: "utf8",
    logLevel: "warning",
  });
  const css = readFileSync(join(HERE, "client", `${name}.css`), "utf8");
  const html = readFileSync(join(HERE, "client", `${name}.html`), "utf8");
  const js = script.outputFiles[0]!.text.replace(/<\/script/gi, "<\\/script");
  return html
    .replace("<!-- STYLE -->", () => `<style>${css}</style>`)
    .replace("<!-- SCRIPT -->", () => `<script>${js}</script>`);
}

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    // No other site may embed or load what this server answers (request-guard.ts refuses their requests).
    "cross-origin-resource-policy": "same-origin",
    ...extra,
  });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}

export function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("Request too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      try {
        resolvePromise(text === "" ? null : JSON.parse(text));
      } catch {
        reject(new Error("The request body is not JSON."));
      }
    });
    req.on("error", reject);
  });
}

/** Inserts the google.script.run shim first in the surface's <head>. */
export function withShim(html: string, key: string): string {
  const shim = `<script>${RPC_SHIM.replace("__SURFACE_KEY__", JSON.stringify(key))}</script>`;
  if (/<head[^>]*>/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => `${head}${shim}`);
  return `${shim}${html}`;
}
