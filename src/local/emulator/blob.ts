/**
 * Blob, as Apps Script's Base service defines it (developers.google.com/apps-script/reference/base/blob):
 * bytes with an optional content type and name. Bytes cross to the script as Apps Script's Byte[] — an
 * array of signed numbers from -128 to 127 — and strings are read and written as UTF-8 unless a charset
 * is given. Used by Utilities.newBlob / zip / unzip and by the playground, whose forms' file inputs arrive
 * on the server as Blobs (apps-script/guides/html/communication, "Forms").
 */

export type ByteInput = ArrayLike<number> | Uint8Array;

/** Apps Script's Byte[]: signed 8-bit values. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! > 127 ? bytes[i]! - 256 : bytes[i]!;
  return out;
}

/** Bytes from a Byte[] (signed or not), a Uint8Array, or a string (UTF-8). */
export function toUint8(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return new Uint8Array(data);
  if (Array.isArray(data) || (data !== null && typeof data === "object" && "length" in data)) {
    const like = data as ArrayLike<unknown>;
    const out = new Uint8Array(like.length);
    for (let i = 0; i < like.length; i++) out[i] = ((Number(like[i]) % 256) + 256) % 256;
    return out;
  }
  return new Uint8Array(Buffer.from(String(data), "utf8"));
}

/** The Node encoding for an Apps Script charset name ("UTF-8", "US-ASCII", "ISO-8859-1"…). */
function nodeEncoding(charset: unknown): BufferEncoding {
  const name = String(charset ?? "UTF-8")
    .toUpperCase()
    .replace(/_/g, "-");
  if (name === "UTF-8" || name === "UTF8") return "utf8";
  if (name === "US-ASCII" || name === "ASCII") return "ascii";
  if (name === "ISO-8859-1" || name === "LATIN1") return "latin1";
  if (name === "UTF-16LE") return "utf16le";
  throw new Error(`Unsupported charset: ${String(charset)}`);
}

/** Content types by file extension (setContentTypeFromExtension); the types a plan import meets. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  txt: "text/plain",
  xml: "application/xml",
  html: "text/html",
  csv: "text/csv",
  json: "application/json",
  zip: "application/zip",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  doc: "application/msword",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
};

export class EmuBlob {
  readonly __class = "Blob";
  private bytes: Uint8Array;
  constructor(
    bytes: Uint8Array,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    this.bytes = bytes;
  }

  /** The raw bytes, for the host side (not an Apps Script method). */
  rawBytes(): Uint8Array {
    return this.bytes;
  }

  getBytes(): number[] {
    return toSignedBytes(this.bytes);
  }
  setBytes(data: unknown): this {
    this.bytes = toUint8(data);
    return this;
  }
  getDataAsString(charset?: unknown): string {
    return Buffer.from(this.bytes).toString(nodeEncoding(charset));
  }
  setDataFromString(string: unknown, charset?: unknown): this {
    this.bytes = new Uint8Array(Buffer.from(String(string), nodeEncoding(charset)));
    return this;
  }
  setDataFromBlob(blob: EmuBlob): this {
    this.bytes = new Uint8Array(blob.rawBytes());
    this.contentType = blob.getContentType();
    this.name = blob.getName();
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.contentType = contentType === null ? null : String(contentType);
    return this;
  }
  /** Sets the content type from the name's extension; Apps Script throws when it cannot tell. */
  setContentTypeFromExtension(): this {
    const ext = /\.([^./]+)$/.exec(this.name ?? "")?.[1]?.toLowerCase();
    const type = ext ? TYPES_BY_EXTENSION[ext] : undefined;
    if (!type) throw new Error(`Could not infer the content type of the blob named "${this.name ?? ""}".`);
    this.contentType = type;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string | null): this {
    this.name = name === null ? null : String(name);
    return this;
  }
  copyBlob(): EmuBlob {
    return new EmuBlob(new Uint8Array(this.bytes), this.contentType, this.name);
  }
  getBlob(): EmuBlob {
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  /** Conversion between formats is not emulated: only asking for the blob's own type is answered. */
  getAs(contentType: string): EmuBlob {
    if (String(contentType) === this.contentType) return this.copyBlob();
    throw new Error(`Converting a blob to ${String(contentType)} is not supported by the emulator.`);
  }
}

export function isEmuBlob(value: unknown): value is EmuBlob {
  return value instanceof EmuBlob;
}
