/**
 * Which rules sharing adds and removes: one reader rule per member without access; nothing for a member
 * who already has any rule (a second click adds nothing); removal only of rules the add-on added, whose
 * address left Membres and that are still its reader rule; the record kept for the next click.
 */
import { describe, expect, it } from "vitest";
import type { MemberEmail } from "../../../src/core/share/member-emails";
import { type AclRuleView, nextRecord, planSharing } from "../../../src/core/share/share-plan";

const member = (email: string, cell = "B2"): MemberEmail => ({ email, cell });
const rule = (email: string, role: string): AclRuleView => ({
  id: `user:${email}`,
  role,
  scope: { type: "user", value: email },
});
const OWNER = rule("owner@example.org", "owner");

describe("planSharing", () => {
  it("adds a reader rule for each member without access, and nothing for the others", () => {
    const plan = planSharing({
      members: [member("a@example.org"), member("owner@example.org"), member("w@example.org")],
      rules: [
        OWNER,
        rule("W@example.org", "writer"),
        { id: "default", role: "reader", scope: { type: "default" } },
      ],
      added: [],
    });
    expect(plan.toAdd.map((m) => m.email)).toEqual(["a@example.org"]);
    expect(plan.alreadyShared.map((m) => m.email)).toEqual(["owner@example.org", "w@example.org"]);
    expect(plan.toRemove).toEqual([]);
  });

  it("adds nothing on a second run, once the rules exist", () => {
    const members = [member("a@example.org"), member("b@example.org")];
    const first = planSharing({ members, rules: [OWNER], added: [] });
    const record = nextRecord([], first, { added: ["a@example.org", "b@example.org"], removed: [] });
    const second = planSharing({
      members,
      rules: [OWNER, rule("a@example.org", "reader"), rule("b@example.org", "reader")],
      added: record,
    });
    expect(second.toAdd).toEqual([]);
    expect(second.toRemove).toEqual([]);
    expect(nextRecord(record, second, { added: [], removed: [] })).toEqual(record);
  });

  it("removes only the rules it added, for addresses that left Membres", () => {
    const plan = planSharing({
      members: [member("a@example.org")],
      rules: [
        OWNER,
        rule("a@example.org", "reader"),
        rule("gone@example.org", "reader"),
        rule("byhand@example.org", "reader"),
        rule("promoted@example.org", "writer"),
      ],
      added: ["a@example.org", "gone@example.org", "promoted@example.org", "deleted@example.org"],
    });
    expect(plan.toRemove).toEqual([{ email: "gone@example.org", ruleId: "user:gone@example.org" }]);
    // A rule someone promoted by hand, or deleted by hand, is no longer the add-on's: left alone, forgotten.
    expect(plan.forgotten).toEqual(["promoted@example.org", "deleted@example.org"]);
    const record = nextRecord(
      ["a@example.org", "gone@example.org", "promoted@example.org", "deleted@example.org"],
      plan,
      { added: [], removed: ["gone@example.org"] },
    );
    expect(record).toEqual(["a@example.org"]);
  });

  it("keeps in the record a rule whose removal failed, and re-adds a member whose rule was deleted by hand", () => {
    const plan = planSharing({
      members: [member("a@example.org")],
      rules: [OWNER, rule("gone@example.org", "reader")],
      added: ["a@example.org", "gone@example.org"],
    });
    expect(plan.toAdd.map((m) => m.email)).toEqual(["a@example.org"]);
    expect(
      nextRecord(["a@example.org", "gone@example.org"], plan, { added: ["a@example.org"], removed: [] }),
    ).toEqual(["a@example.org", "gone@example.org"]);
  });

  it("never records a member who already had access, so it never removes their rule", () => {
    const plan = planSharing({
      members: [member("friend@example.org")],
      rules: [OWNER, rule("friend@example.org", "reader")],
      added: [],
    });
    const record = nextRecord([], plan, { added: [], removed: [] });
    expect(record).toEqual([]);
    const later = planSharing({
      members: [],
      rules: [OWNER, rule("friend@example.org", "reader")],
      added: record,
    });
    expect(later.toRemove).toEqual([]);
  });
});
