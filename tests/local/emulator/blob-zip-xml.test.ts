/**
 * Utilities.newBlob / zip / unzip, the Blob methods and XmlService, driven through the emulator's
 * instrumented globals as add-on code sees them (typed by @types/google-apps-script), on documents shaped
 * like a .docx's parts: namespaced elements and attributes, text split across runs, whitespace kept.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../../src/local/loader.ts";
import { setup } from "./helpers.ts";

function services(options?: Parameters<typeof setup>[0]) {
  const { emulator, g } = setup(options);
  const XmlService = emulator.globals["XmlService"] as GoogleAppsScript.XML_Service.XmlService;
  return { emulator, Utilities: g.Utilities, XmlService };
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="urn:rels"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Objectif </w:t></w:r><w:r><w:t xml:space="preserve">1 : </w:t></w:r><w:r><w:t>agir</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<p plain="yes">sans espace de noms</p>
</w:body></w:document>`;

describe("Blob and Utilities.newBlob", () => {
  it("keeps bytes as Apps Script's signed Byte[] and reads strings as UTF-8", () => {
    const { Utilities } = services();
    const blob = Utilities.newBlob("Échéancier", "text/plain", "plan.txt");
    expect(blob.getBytes()).toEqual([-61, -119, 99, 104, -61, -87, 97, 110, 99, 105, 101, 114]);
    expect(blob.getDataAsString()).toBe("Échéancier");
    expect(blob.getDataAsString("ISO-8859-1")).toBe("Ã\u0089chÃ©ancier");
    expect(blob.getContentType()).toBe("text/plain");
    expect(blob.getName()).toBe("plan.txt");
    const copy = blob.copyBlob().setName("copie.txt");
    expect([copy.getName(), blob.getName()]).toEqual(["copie.txt", "plan.txt"]);
    const fromBytes = Utilities.newBlob([-61, -87, 116, -61, -87]);
    expect(fromBytes.getDataAsString()).toBe("été");
    expect(fromBytes.getContentType()).toBeNull();
    expect(fromBytes.getName()).toBeNull();
    fromBytes.setName("rapport.docx").setContentTypeFromExtension();
    expect(fromBytes.getContentType()).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(fromBytes.setDataFromString("hiver").getBytes()).toEqual([104, 105, 118, 101, 114]);
  });
});

describe("Utilities.zip and unzip", () => {
  it("round-trips files under their paths, leaving directory entries out", () => {
    const { Utilities, emulator } = services();
    const parts = [
      Utilities.newBlob("<a/>", "application/xml", "word/document.xml"),
      Utilities.newBlob([0, 1, 2, 255], "image/png", "media/image1.png"),
    ];
    const zip = Utilities.zip(parts, "plan.docx");
    expect(zip.getContentType()).toBe("application/zip");
    expect(zip.getName()).toBe("plan.docx");
    expect(zip.getBytes().slice(0, 4)).toEqual([80, 75, 3, 4]);
    const files = Utilities.unzip(zip);
    expect(files.map((f) => f.getName())).toEqual(["word/document.xml", "media/image1.png"]);
    expect(files[0]!.getDataAsString()).toBe("<a/>");
    expect(files[1]!.getBytes()).toEqual([0, 1, 2, -1]);
    expect(emulator.calls.count("Utilities.unzip")).toBe(1);
    expect(emulator.calls.count("Utilities.Blob.getName")).toBe(3);
    const withFolder = zipSync({ "word/": new Uint8Array(0), "word/a.xml": strToU8("<a/>") });
    const names = Utilities.unzip(Utilities.newBlob([...withFolder], "application/zip")).map((f) =>
      f.getName(),
    );
    expect(names).toEqual(["word/a.xml"]);
  });

  it("throws on bytes that are not a zip archive, and on an empty blob", () => {
    const { Utilities } = services();
    const zipBlob = (data: number[]) => Utilities.newBlob(data, "application/zip");
    const text = Utilities.newBlob("pas un zip", "application/zip");
    expect(() => Utilities.unzip(text)).toThrow(/not a valid zip/);
    expect(() => Utilities.unzip(zipBlob([]))).toThrow(/not a valid zip/);
    const zip = Utilities.zip([Utilities.newBlob("<a/>", "application/xml", "a.xml")]).getBytes();
    expect(() => Utilities.unzip(zipBlob(zip.slice(0, zip.length - 30)))).toThrow(/not a valid zip/);
  });

  // Google's page does not say what unzip does with a blob that is not application/zip; public reports
  // say it fails. The emulator refuses by default ("zip-only", a guess) and accepts with "any".
  it("refuses a blob that is not application/zip by default, and reads it with unzipContentTypes 'any'", () => {
    const bytes = [...zipSync({ "a.xml": strToU8("<a/>") })];
    const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const strict = services().Utilities;
    expect(() => strict.unzip(strict.newBlob(bytes, docxType, "plan.docx"))).toThrow(
      "Invalid argument: blob",
    );
    expect(() => strict.unzip(strict.newBlob(bytes))).toThrow("Invalid argument: blob");
    expect(strict.unzip(strict.newBlob(bytes, "application/zip")).map((f) => f.getName())).toEqual(["a.xml"]);
    const lenient = services({ unzipContentTypes: "any" }).Utilities;
    expect(lenient.unzip(lenient.newBlob(bytes, docxType, "plan.docx")).map((f) => f.getName())).toEqual([
      "a.xml",
    ]);
    expect(lenient.unzip(lenient.newBlob(bytes)).map((f) => f.getName())).toEqual(["a.xml"]);
  });
});

describe("XmlService", () => {
  it("finds namespaced children and attributes only with their namespace, by URI", () => {
    const { XmlService } = services();
    const root = XmlService.parse(DOCUMENT).getRootElement()!;
    const w = XmlService.getNamespace("w", W);
    expect(root.getName()).toBe("document");
    expect(root.getQualifiedName()).toBe("w:document");
    expect(root.getNamespace().getURI()).toBe(W);
    expect(root.getChild("body")).toBeNull();
    const body = root.getChild("body", w)!;
    expect(body.getChildren().map((c) => c.getName())).toEqual(["p", "tbl", "p"]);
    expect(body.getChildren("p", w)).toHaveLength(1);
    expect(body.getChildren("p").map((p) => p.getText())).toEqual(["sans espace de noms"]);
    // Another prefix for the same URI names the same namespace.
    const other = XmlService.getNamespace("x", W);
    const cell = body.getChild("tbl", other)!.getChild("tr", w)!.getChild("tc", w)!;
    const tcPr = cell.getChild("tcPr", w)!;
    expect(tcPr.getChild("gridSpan", w)!.getAttribute("val")).toBeNull();
    expect(tcPr.getChild("gridSpan", w)!.getAttribute("val", w)!.getValue()).toBe("2");
    expect(tcPr.getChild("vMerge", other)!.getAttribute("val", other)!.getValue()).toBe("restart");
    expect(body.getChildren("p")[0]!.getAttribute("plain")!.getValue()).toBe("yes");
    expect(root.getNamespace("r")!.getURI()).toBe("urn:rels");
    expect(root.getNamespace("zz")).toBeNull();
    expect(cell.getParentElement()!.getName()).toBe("tr");
    expect(root.isRootElement()).toBe(true);
    expect(cell.isRootElement()).toBe(false);
  });

  it("reads text the JDOM way: getText is the element's own text, getValue all descendants'", () => {
    const { XmlService } = services();
    const w = XmlService.getNamespace(W);
    const body = XmlService.parse(DOCUMENT).getRootElement()!.getChild("body", w)!;
    const heading = body.getChild("p", w)!;
    expect(heading.getText()).toBe("");
    expect(heading.getValue()).toBe("Objectif 1 : agir");
    const runs = heading.getChildren("r", w).map((r) => r.getChild("t", w)!.getText());
    expect(runs).toEqual(["Objectif ", "1 : ", "agir"]);
    expect(
      heading
        .getChildren("r", w)[1]!
        .getChild("t", w)!
        .getAttribute("space", XmlService.getXmlNamespace())!
        .getValue(),
    ).toBe("preserve");
    expect(body.getChild("tbl", w)!.getValue()).toBe("A & B");
    expect(body.getChildText("tbl", w)).toBe("");
    expect(body.getChildText("absent", w)).toBeNull();
    const content = body.getAllContent();
    expect(content.map((c) => String(c.getType()))).toEqual([
      "TEXT",
      "ELEMENT",
      "TEXT",
      "ELEMENT",
      "TEXT",
      "ELEMENT",
      "TEXT",
    ]);
    expect(content[0]!.asText()!.getText()).toBe("\n");
    expect(content[1]!.asElement()!.getName()).toBe("p");
    expect(body.getContent(3)!.asElement()!.getName()).toBe("tbl");
    expect(body.getContent(9)).toBeNull();
    expect(content[0]!.asElement()).toBeNull();
    expect(body.getContentSize()).toBe(7);
  });

  it("throws on XML that is not well formed, naming the line", () => {
    const { XmlService } = services();
    expect(() => XmlService.parse("<a><b></a>")).toThrow(/^Error on line 1: .*mismatch/);
    expect(() => XmlService.parse("pas du XML")).toThrow(/^Error on line 1:/);
    expect(() => XmlService.parse("")).toThrow(/^Error on line 1:/);
    expect(() => XmlService.parse("<a x=1/>")).toThrow(/^Error on line 1:/);
    expect(() => XmlService.parse("<a/><b/>")).toThrow(/^Error on line 1:/);
  });

  it("formats a document or an element back to XML", () => {
    const { XmlService } = services();
    const doc = XmlService.parse('<a xmlns:w="urn:w"><w:b w:val="1">x &amp; y</w:b></a>');
    const raw = XmlService.getRawFormat();
    expect(raw.format(doc)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\r\n<a xmlns:w="urn:w"><w:b w:val="1">x &amp; y</w:b></a>\r\n',
    );
    expect(raw.format(doc.getRootElement()!.getChildren()[0]!)).toBe(
      '<w:b xmlns:w="urn:w" w:val="1">x &amp; y</w:b>',
    );
  });

  it("counts calls per class and method", () => {
    const { XmlService, emulator } = services();
    const w = XmlService.getNamespace(W);
    const root = XmlService.parse(DOCUMENT).getRootElement()!;
    root.getChild("body", w)!.getChildren("p", w);
    expect(emulator.calls.count("XmlService.parse")).toBe(1);
    expect(emulator.calls.count("XmlService.Document.getRootElement")).toBe(1);
    expect(emulator.calls.count("XmlService.Element.getChild")).toBe(1);
    expect(emulator.calls.count("XmlService.Element.getChildren")).toBe(1);
  });
});

describe("the loader", () => {
  it("gives a script XmlService and Utilities' zip methods as globals", () => {
    const { emulator } = setup();
    const addon = loadAddon(emulator, {
      code: `function readZip() {
        var zip = Utilities.zip([Utilities.newBlob('<p xmlns="urn:x"><t>Bonjour</t></p>', "application/xml", "a.xml")]);
        var part = Utilities.unzip(zip)[0];
        var root = XmlService.parse(part.getDataAsString()).getRootElement();
        return part.getName() + " " + root.getChildText("t", XmlService.getNamespace("urn:x"));
      }`,
    });
    expect(addon.call("readZip")).toBe("a.xml Bonjour");
  });
});
