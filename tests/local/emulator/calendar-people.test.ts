/**
 * The emulated Calendar service with several people: a calendar belongs to whoever created it; under
 * calendar.app.created another person reaches it only as the `sharedMembers` option says (tested both
 * ways), and an unreachable calendar answers exactly like a missing one; Calendar.Acl (rule ids, scopes,
 * roles, sendNotifications, your own rule, refusals per email or domain, owner only); a declined Calendar
 * scope answers 403 insufficientPermissions.
 */
import { describe, expect, it } from "vitest";
import { attachCalendar, type CalendarAccessOptions } from "../../../src/local/emulator/calendar";
import { createEmulator, SCOPES } from "../../../src/local/emulator/index";

// biome-ignore lint/suspicious/noExplicitAny: the advanced service is untyped here, as in Apps Script.
type Api = any;
const OWNER = "proprietaire@gmail.com";
const MEMBER = "membre@gmail.com";

function setup(options: CalendarAccessOptions = {}) {
  const emulator = createEmulator({ now: "2026-03-10T15:00:00Z" });
  const hooks = attachCalendar(emulator, options);
  emulator.addUser(MEMBER);
  const Calendar: Api = emulator.globals.Calendar;
  const id: string = Calendar.Calendars.insert({ summary: "Plan d'action — Test", timeZone: "UTC" }).id;
  return { emulator, hooks, Calendar, id };
}

function thrown(fn: () => unknown): {
  message: string;
  details: { code: number; errors: { reason: string }[] };
} {
  try {
    fn();
  } catch (error) {
    return error as never;
  }
  throw new Error("did not throw");
}

const EVENT = { id: "abcde1", summary: "E", start: { date: "2026-05-01" }, end: { date: "2026-05-02" } };

describe("calendars and their owners", () => {
  it("records the creator as owner with an owner rule", () => {
    const { hooks, Calendar, id } = setup();
    expect(hooks.listCalendars()[0]).toMatchObject({ id, owner: OWNER, createdByApp: true, deleted: false });
    expect(Calendar.Acl.list(id).items).toEqual([
      expect.objectContaining({ id: `user:${OWNER}`, role: "owner", scope: { type: "user", value: OWNER } }),
    ]);
  });

  it("creatorOnly (default): a member answers 404 as for a missing calendar, even when shared", () => {
    const { emulator, Calendar, id } = setup();
    Calendar.Acl.insert({ role: "writer", scope: { type: "user", value: MEMBER } }, id);
    emulator.as(MEMBER);
    const missing = thrown(() => Calendar.Calendars.get("c999999emu@group.calendar.google.com"));
    const shared = thrown(() => Calendar.Calendars.get(id));
    expect(shared).toEqual(missing);
    expect(shared.message).toBe("API call to calendar.calendars.get failed with error: Not Found");
    expect(thrown(() => Calendar.Events.insert(EVENT, id)).details.code).toBe(404);
  });

  it("byRole: a reader reads but cannot write, a writer writes, neither touches the ACL", () => {
    const { emulator, Calendar, id } = setup({ sharedMembers: "byRole" });
    Calendar.Events.insert(EVENT, id);
    Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: MEMBER } }, id);
    emulator.as(MEMBER);
    expect(Calendar.Events.list(id).items).toHaveLength(1);
    const refused = thrown(() => Calendar.Events.patch({ summary: "X" }, id, "abcde1"));
    expect(refused.details.code).toBe(403);
    expect(refused.details.errors[0].reason).toBe("requiredAccessLevel");
    expect(thrown(() => Calendar.Acl.list(id)).details.code).toBe(404);
    emulator.as(OWNER);
    Calendar.Acl.patch({ role: "writer" }, id, `user:${MEMBER}`);
    emulator.as(MEMBER);
    expect(Calendar.Events.patch({ summary: "X" }, id, "abcde1").summary).toBe("X");
    expect(thrown(() => Calendar.Calendars.remove(id)).details.code).toBe(403);
  });

  it("never reaches a calendar this app did not create", () => {
    const { hooks, Calendar } = setup({ sharedMembers: "byRole" });
    const personal = hooks.addPersonalCalendar(OWNER, "Perso");
    expect(thrown(() => Calendar.Events.list(personal.id)).details.code).toBe(404);
  });
});

describe("Calendar.Acl", () => {
  it("inserts user rules once per scope, notifies unless asked not to, removes them", () => {
    const { hooks, Calendar, id } = setup();
    const rule = Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: MEMBER } }, id);
    expect(rule).toMatchObject({ kind: "calendar#aclRule", id: `user:${MEMBER}`, role: "reader" });
    Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: MEMBER } }, id, {
      sendNotifications: false,
    });
    Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: "autre@gmail.com" } }, id, {
      sendNotifications: false,
    });
    expect(Calendar.Acl.list(id).items.map((r: { id: string }) => r.id)).toEqual([
      `user:${OWNER}`,
      `user:${MEMBER}`,
      "user:autre@gmail.com",
    ]);
    expect(hooks.sharingNotifications()).toEqual([
      { calendarId: id, ruleId: `user:${MEMBER}`, role: "reader" },
    ]);
    expect(Calendar.Acl.get(id, `user:${MEMBER}`).role).toBe("reader");
    Calendar.Acl.remove(id, `user:${MEMBER}`);
    expect(thrown(() => Calendar.Acl.get(id, `user:${MEMBER}`)).details.code).toBe(404);
    expect(thrown(() => Calendar.Acl.remove(id, `user:${MEMBER}`)).details.code).toBe(404);
  });

  it("refuses to change your own rule, bad roles and missing values", () => {
    const { Calendar, id } = setup();
    const own = thrown(() =>
      Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: OWNER } }, id),
    );
    expect(own.details).toMatchObject({ code: 403, errors: [{ reason: "cannotChangeOwnAcl" }] });
    expect(thrown(() => Calendar.Acl.remove(id, `user:${OWNER}`)).details.code).toBe(403);
    expect(
      thrown(() => Calendar.Acl.insert({ role: "boss", scope: { type: "user", value: MEMBER } }, id)).details
        .code,
    ).toBe(400);
    expect(
      thrown(() => Calendar.Acl.insert({ role: "reader", scope: { type: "user" } }, id)).details.code,
    ).toBe(400);
  });

  it("refuses sharing with a configured email or domain (a Workspace policy)", () => {
    const { hooks, Calendar, id } = setup();
    hooks.refuseSharingWith("@fermé.org");
    hooks.refuseSharingWith("x@gmail.com");
    for (const value of ["a@fermé.org", "x@gmail.com"]) {
      const error = thrown(() => Calendar.Acl.insert({ role: "reader", scope: { type: "user", value } }, id));
      expect(error.details).toMatchObject({ code: 403, errors: [{ reason: "forbidden" }] });
    }
    expect(
      Calendar.Acl.insert({ role: "reader", scope: { type: "user", value: "y@gmail.com" } }, id).id,
    ).toBe("user:y@gmail.com");
  });
});

describe("declined Calendar scopes", () => {
  it("answer 403 insufficientPermissions for events without calendar.app.created, for ACLs without calendar.acls", () => {
    const { emulator, Calendar, id } = setup();
    emulator.declineScope(SCOPES.calendarAcls);
    expect(Calendar.Events.list(id).items).toEqual([]);
    const acl = thrown(() => Calendar.Acl.list(id));
    expect(acl.details).toMatchObject({ code: 403, errors: [{ reason: "insufficientPermissions" }] });
    expect(acl.message).toBe(
      "API call to calendar.acl.list failed with error: Request had insufficient authentication scopes.",
    );
    emulator.declineScope(SCOPES.calendarAppCreated);
    expect(thrown(() => Calendar.Events.list(id)).details.code).toBe(403);
    emulator.grantScope(SCOPES.calendarAppCreated);
    expect(Calendar.Events.list(id).items).toEqual([]);
  });
});
