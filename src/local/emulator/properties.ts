/**
 * PropertiesService: three string stores (document, user, script) with Apps Script's limits — 9 KB per
 * value and 500 KB per store — and its getProperty/setProperty/getProperties/setProperties/delete API.
 */

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, "utf8");

export class EmuProperties {
  readonly __class = "Properties";
  constructor(readonly store: Map<string, string>) {}

  private checkedEntries(entries: Array<[string, string]>, base: Map<string, string>): void {
    for (const [, v] of entries)
      if (bytes(v) > VALUE_LIMIT_BYTES) throw new Error("Argument too large: value");
    const next = new Map(base);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT_BYTES) {
      throw new Error(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (key === null || key === undefined) throw new Error("Invalid argument: key");
    const entry: [string, string] = [String(key), String(value)];
    this.checkedEntries([entry], this.store);
    this.store.set(...entry);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const entries = Object.entries(properties).map(([k, v]): [string, string] => [k, String(v)]);
    this.checkedEntries(entries, deleteAllOthers ? new Map() : this.store);
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of entries) this.store.set(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export interface PropertyStores {
  document: Map<string, string>;
  user: Map<string, string>;
  script: Map<string, string>;
}

export function createPropertiesService(stores: PropertyStores) {
  return {
    getDocumentProperties: () => new EmuProperties(stores.document),
    getUserProperties: () => new EmuProperties(stores.user),
    getScriptProperties: () => new EmuProperties(stores.script),
  };
}
