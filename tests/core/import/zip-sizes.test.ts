/**
 * declaredZipSizes: the uncompressed sizes a zip's central directory declares, read before unzipping —
 * summed for a real archive (fflate's), null for one cut short, unbounded when an entry uses Zip64's marker.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { declaredZipSizes } from "../../../src/core/import/docx/zip-sizes";

describe("declaredZipSizes", () => {
  const zip = zipSync({ "a.xml": strToU8("<a/>".repeat(1000)), "b/c.bin": new Uint8Array(5000) });

  it("sums the uncompressed sizes of every entry, with signed or unsigned bytes", () => {
    expect(declaredZipSizes(zip)).toEqual({ entries: 2, inflated: 9000, unbounded: false });
    const signed = [...zip].map((b) => (b > 127 ? b - 256 : b));
    expect(declaredZipSizes(signed)).toEqual({ entries: 2, inflated: 9000, unbounded: false });
  });

  it("is null for an archive cut short, and unbounded for Zip64's size marker", () => {
    expect(declaredZipSizes(zip.subarray(0, zip.length - 30))).toBeNull();
    expect(declaredZipSizes(new Uint8Array(0))).toBeNull();
    const marked = new Uint8Array(zip);
    const view = new DataView(marked.buffer);
    const directory = view.getUint32(marked.length - 22 + 16, true);
    view.setUint32(directory + 24, 0xffffffff, true);
    expect(declaredZipSizes(marked)?.unbounded).toBe(true);
    expect(declaredZipSizes(marked)?.inflated).toBe(Infinity);
  });
});
