/**
 * Findings grouped for display: a rule met three times or more becomes one group titled like
 * "44 actions sans responsable", placed where its first finding is; every other finding stays on its
 * own, titled by its message. The findings themselves are unchanged (each keeps its cell).
 */
import type { Finding, FindingGroup } from "../../shared/validation-wire";
import { countPhrase, type Lang } from "../i18n";
import { GROUP_TITLES } from "./messages";

/** A rule met at least this many times is shown as one group; fewer stay single findings. */
const GROUP_FROM = 3;

/**
 * The findings for display: a rule met GROUP_FROM times or more becomes one group (at its first
 * finding's place, titled "44 actions sans responsable"); every other finding is a group of one, titled
 * by its message, in its own place.
 */
export function groupFindings(findings: Finding[], lang: Lang): FindingGroup[] {
  const idOf = (finding: Finding) => `${finding.severity}\u0000${finding.ruleId}`;
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(idOf(finding), (counts.get(idOf(finding)) ?? 0) + 1);
  const groups: FindingGroup[] = [];
  const open = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const id = idOf(finding);
    const count = counts.get(id) ?? 1;
    if (count < GROUP_FROM) {
      groups.push({
        severity: finding.severity,
        ruleId: finding.ruleId,
        title: finding.message,
        findings: [finding],
      });
      continue;
    }
    let group = open.get(id);
    if (!group) {
      const words = GROUP_TITLES[finding.ruleId];
      const title = words ? countPhrase(lang, count, words.one, words.many) : `${count} × ${finding.message}`;
      group = { severity: finding.severity, ruleId: finding.ruleId, title, findings: [] };
      open.set(id, group);
      groups.push(group);
    }
    group.findings.push(finding);
  }
  return groups;
}
