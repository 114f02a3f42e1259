/**
 * The two Google Calendar links sharing needs, built from the calendar's id encoded in base64 (the edge
 * encodes it with Utilities.base64Encode, since the core calls no service). Neither form is documented
 * by Google's developer pages; both are the ones Google Calendar itself uses in its address bar and in
 * its "add this calendar" links (…/calendar/r?cid=<base64 id>; …/r/settings/calendar/<base64 id>), and
 * docs/real-google-check.md checks them on a real account. The padding is dropped and the text escaped,
 * so a "+" or "/" of the encoding cannot break the address.
 */

const CALENDAR = "https://calendar.google.com/calendar/r";

function encoded(base64Id: string): string {
  return encodeURIComponent(base64Id.replace(/=+$/, ""));
}

/** Opens Google Calendar and offers to add the calendar (for a member who can see it). */
export function subscribeUrl(base64Id: string): string {
  return `${CALENDAR}?cid=${encoded(base64Id)}`;
}

/** Opens the calendar's settings, where its owner shares it "with specific people". */
export function settingsUrl(base64Id: string): string {
  return `${CALENDAR}/settings/calendar/${encoded(base64Id)}`;
}
