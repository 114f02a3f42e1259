/**
 * The Blob half of Utilities (developers.google.com/apps-script/reference/utilities/utilities):
 * newBlob(data, contentType?, name?), zip(blobs, name?) and unzip(blob), built on fflate (a maintained
 * zip library) rather than a hand-written inflater. unzip returns one Blob per file entry, in the
 * archive's order, named by its path inside the archive (`word/document.xml`); directory entries are
 * left out. Where Google's page does not say — the content types of the blobs unzip returns, and the
 * message of the error on bytes that are not a zip — the emulator's choice is marked as a guess below;
 * the add-on depends on neither (it reads names and bytes, and treats any unzip error as a damaged file).
 * unzip of a blob whose content type is not application/zip: Google's page does not say what happens;
 * public reports say unzip fails unless the blob is application/zip ("Invalid argument: blob"), so the
 * emulator refuses it by default ("zip-only", a guess, tested both ways) and accepts it with "any".
 */
import { unzipSync, zipSync } from "fflate";
import { EmuBlob, isEmuBlob, toUint8 } from "./blob.ts";

/** Guess: Google's page does not give it; the add-on only checks that unzip throws. */
export const UNZIP_ERROR = "Invalid argument: blob (the data is not a valid zip archive)";

/** Which blobs Utilities.unzip accepts: only application/zip ones (default), or any. */
export type UnzipContentTypes = "zip-only" | "any";

export function createBlobUtilities(unzipContentTypes: UnzipContentTypes = "zip-only") {
  return {
    /** newBlob(data), newBlob(data, contentType), newBlob(data, contentType, name); data is a String or Byte[]. */
    newBlob(data: unknown, contentType?: string | null, name?: string | null): EmuBlob {
      if (data === undefined || data === null) throw new Error("Invalid argument: data");
      return new EmuBlob(toUint8(data), contentType ?? null, name ?? null);
    },
    /** zip(blobs) / zip(blobs, name): a new application/zip Blob holding each blob under its name. */
    zip(blobs: unknown, name?: string | null): EmuBlob {
      if (!Array.isArray(blobs)) throw new Error("Invalid argument: blobs");
      const files: Record<string, Uint8Array> = {};
      blobs.forEach((blob, i) => {
        if (!isEmuBlob(blob)) throw new Error("Invalid argument: blobs");
        files[blob.getName() ?? `file${i + 1}`] = blob.rawBytes();
      });
      return new EmuBlob(zipSync(files), "application/zip", name ?? null);
    },
    /** unzip(blob): the files of a zip archive, as Blobs named by their path in the archive. */
    unzip(blob: unknown): EmuBlob[] {
      if (!isEmuBlob(blob)) throw new Error("Invalid argument: blob");
      if (unzipContentTypes === "zip-only" && blob.getContentType() !== "application/zip")
        throw new Error("Invalid argument: blob");
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(blob.rawBytes());
      } catch {
        throw new Error(UNZIP_ERROR);
      }
      // Guess: the unzipped blobs carry no content type (Google's page does not say).
      return Object.entries(files)
        .filter(([path]) => !path.endsWith("/"))
        .map(([path, bytes]) => new EmuBlob(bytes, null, path));
    },
  };
}
