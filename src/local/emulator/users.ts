/**
 * The people who use one emulated spreadsheet: every execution runs as one account (the spreadsheet's
 * owner, or an editor), and what belongs to a person follows them — their user properties, the OAuth
 * scopes they declined on the consent screen (granular consent, 2025), their locale. Calendars they own
 * live in the Calendar store (calendar/access.ts), keyed by email. Tests switch the person between two
 * calls with `emulator.as(email)` / `emulator.runAs(email, fn)` (src/local/emulator/index.ts); the add-on's
 * code, loaded once, then runs as that person, like a second member opening the same document.
 *
 * The manifest's scopes are what a person is asked for; granted = manifest scopes minus declined ones
 * (developers.google.com/apps-script/concepts/scopes, "granular OAuth consent": people may authorize only
 * some of the scopes). Which call needs which scope is in scopes.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface AccountOptions {
  /** Scopes this person unticked on the consent screen. */
  declinedScopes?: string[];
  /** Session.getActiveUserLocale() for this person; default the emulator's locale. */
  locale?: string;
}

export interface Account {
  email: string;
  locale: string;
  userProperties: Map<string, string>;
  declinedScopes: Set<string>;
  /** Stable per person, as Session.getTemporaryActiveUserKey() is (it rotates monthly in Google). */
  temporaryKey: string;
}

/** A consumer (free) Google account: its email is not in a Google Workspace domain. */
export function isConsumerEmail(email: string): boolean {
  const domain = domainOf(email);
  return domain === "gmail.com" || domain === "googlemail.com";
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

/** The oauthScopes of the repository's manifest (appsscript.json at the repo root). */
export function manifestScopes(repoRoot: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "appsscript.json"), "utf8"));
    return Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String) : [];
  } catch (_error) {
    return [];
  }
}

export class UserDirectory {
  private readonly accounts = new Map<string, Account>();
  private active: Account;
  /** Requests for consent (ScriptApp.requireScopes…), each the scopes still missing. */
  readonly authorizationPrompts: Array<{ email: string; scopes: string[] }> = [];

  constructor(
    firstEmail: string,
    private readonly defaultLocale: string,
    /** The scopes the manifest asks for. */
    readonly scopes: string[],
    /** Who owns the script project (the developer): Session.getActiveUser's email rule depends on it. */
    readonly scriptOwner: string,
  ) {
    this.active = this.add(firstEmail);
  }

  add(email: string, options: AccountOptions = {}): Account {
    const key = email.toLowerCase();
    if (this.accounts.has(key)) throw new Error(`A user ${email} already exists.`);
    const account: Account = {
      email,
      locale: options.locale ?? this.defaultLocale,
      userProperties: new Map(),
      declinedScopes: new Set(options.declinedScopes ?? []),
      temporaryKey: `emulated-temporary-user-key-${this.accounts.size + 1}`,
    };
    this.accounts.set(key, account);
    return account;
  }

  get(email: string): Account {
    const account = this.accounts.get(email.toLowerCase());
    if (!account) throw new Error(`No user ${email} in the emulator (add it with emulator.addUser).`);
    return account;
  }

  has(email: string): boolean {
    return this.accounts.has(email.toLowerCase());
  }

  all(): Account[] {
    return [...this.accounts.values()];
  }

  /** The person the current execution runs as. */
  current(): Account {
    return this.active;
  }

  switchTo(email: string): void {
    this.active = this.get(email);
  }

  /** The manifest scopes this person granted (all of them but the declined ones). */
  granted(account: Account = this.active): string[] {
    return this.scopes.filter((scope) => !account.declinedScopes.has(scope));
  }

  hasGranted(scope: string, account: Account = this.active): boolean {
    return this.scopes.indexOf(scope) >= 0 && !account.declinedScopes.has(scope);
  }
}
