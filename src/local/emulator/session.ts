/**
 * Session: the active user's locale (settable by tests), the script time zone, and the users — whose
 * email is "" as for a consumer account running an add-on — plus a stable temporary user key.
 */

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
  locale: string;
  scriptTimeZone: string;
  activeUserEmail: string;
  effectiveUserEmail: string;
  temporaryUserKey: string;
}

export function createSession(state: SessionState) {
  return {
    getActiveUserLocale: () => state.locale,
    getScriptTimeZone: () => state.scriptTimeZone,
    getTimeZone: () => state.scriptTimeZone,
    getActiveUser: () => new EmuUser(state.activeUserEmail),
    getEffectiveUser: () => new EmuUser(state.effectiveUserEmail),
    getTemporaryActiveUserKey: () => state.temporaryUserKey,
  };
}
