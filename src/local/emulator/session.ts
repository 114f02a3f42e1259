/**
 * Session: the current person's locale, the script time zone, the active and effective users, and a
 * stable temporary user key per person (users.ts). Emails, as documented
 * (developers.google.com/apps-script/reference/base/user, getEmail; reference/base/session): blank when
 * "security policies do not allow access", which "generally do not apply if the developer runs the script
 * themselves or belongs to the same Google Workspace domain as the user" — so getActiveUser's email is
 * the person's when they own the script project or share its owner's Workspace domain, else "" (a
 * consumer-account editor of someone else's add-on gets ""). getEffectiveUser is the person the add-on
 * runs as (an add-on runs under the authority of whoever uses it); its email needs userinfo.email.
 * A guess, an option (`declinedEmail`): with userinfo.email declined, getEmail() answers "" ("blank", the
 * default) or the call throws ("throws").
 */
import { SCOPES } from "./scopes.ts";
import { type Account, domainOf, isConsumerEmail, type UserDirectory } from "./users.ts";

export class EmuUser {
  readonly __class = "User";
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export interface SessionState {
  scriptTimeZone: string;
  /** What a call needing a declined userinfo.email does: answer a blank email, or throw. */
  declinedEmail: "blank" | "throws";
}

function sameWorkspace(a: string, b: string): boolean {
  return !isConsumerEmail(a) && domainOf(a) !== "" && domainOf(a) === domainOf(b);
}

export function createSession(state: SessionState, users: UserDirectory) {
  const withEmail = (method: string, email: (account: Account) => string) => {
    const account = users.current();
    if (users.hasGranted(SCOPES.userinfoEmail, account)) return new EmuUser(email(account));
    if (state.declinedEmail === "throws")
      throw new Error(
        `You do not have permission to call Session.${method}. Required permissions: ${SCOPES.userinfoEmail}`,
      );
    return new EmuUser("");
  };
  return {
    getActiveUserLocale: () => users.current().locale,
    getScriptTimeZone: () => state.scriptTimeZone,
    getTimeZone: () => state.scriptTimeZone,
    getActiveUser: () =>
      withEmail("getActiveUser", (account) =>
        account.email.toLowerCase() === users.scriptOwner.toLowerCase() ||
        sameWorkspace(account.email, users.scriptOwner)
          ? account.email
          : "",
      ),
    getEffectiveUser: () => withEmail("getEffectiveUser", (account) => account.email),
    getTemporaryActiveUserKey: () => users.current().temporaryKey,
  };
}
