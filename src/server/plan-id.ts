/**
 * A new plan id: 16 lowercase hex digits from Utilities.getUuid(). Hex digits belong to base32hex (the
 * alphabet of Calendar event ids: 0-9 and a-v), so event ids can be derived from the plan id.
 */
export function newPlanId(): string {
  return Utilities.getUuid().replace(/-/g, "").slice(0, 16).toLowerCase();
}
