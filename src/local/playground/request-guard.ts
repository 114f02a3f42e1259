/**
 * The playground's door: which requests the local server answers at all. It listens on 127.0.0.1, but a
 * web page on any other site, open in the same browser, can still send it requests — and, by DNS
 * rebinding (a host name that first resolves to the attacker's server, then to 127.0.0.1), read its
 * answers as if they were the attacker's own. So, before anything runs:
 * - the Host header must name the server's own address (127.0.0.1:<port>, or localhost:<port>): a
 *   rebound name carries the attacker's host name there;
 * - the Origin header, when the browser sends one, must be the server's own origin, and so must
 *   Sec-Fetch-Site say "same-origin" (or "none": an address typed in the address bar) when present;
 * - every POST must say `Content-Type: application/json`: a page on another origin can only send that
 *   after a CORS preflight, which this server never grants (it sends no Access-Control-* header).
 * Refusals are 403 (415 for the content type) with a plain message in French and English.
 */
import type { IncomingMessage } from "node:http";

export interface Refusal {
  status: number;
  error: string;
}

const LOOPBACK_NAMES = ["127.0.0.1", "localhost"];

/** The `host:port` values that name this server: its own host, and both loopback names if it is one. */
export function ownHosts(host: string, port: number): string[] {
  const names = LOOPBACK_NAMES.includes(host) ? LOOPBACK_NAMES : [host];
  return names.map((name) => `${name}:${port}`.toLowerCase());
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const FOREIGN: Refusal = {
  status: 403,
  error:
    "Requête refusée : elle ne vient pas de la page du bac à sable (ouvrez l'adresse affichée par npm start). / Request refused: it does not come from the playground's own page (open the address npm start printed).",
};

/** Why the server must not answer `req`, or null when it comes from its own page (or the address bar). */
export function requestRefusal(req: IncomingMessage, own: string[]): Refusal | null {
  const host = (header(req, "host") ?? "").toLowerCase();
  if (!own.includes(host)) return FOREIGN;
  const origin = header(req, "origin");
  if (origin !== undefined && !own.some((h) => origin.toLowerCase() === `http://${h}`)) return FOREIGN;
  const site = header(req, "sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return FOREIGN;
  if (req.method === "POST") {
    const type = (header(req, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json")
      return {
        status: 415,
        error:
          "Requête refusée : le corps doit être du JSON (Content-Type: application/json). / Request refused: the body must be JSON (Content-Type: application/json).",
      };
  }
  return null;
}
