/**
 * XmlService (developers.google.com/apps-script/reference/xml-service), the read side and formatting:
 * parse, getNamespace / getNoNamespace / getXmlNamespace, ContentType, getRawFormat; the nodes it hands
 * out (Document, Element, Attribute, Text…) and their JDOM semantics are in xml-nodes.ts. The parsing
 * is @xmldom/xmldom's (a maintained W3C DOM parser), made strict: every error or warning it reports makes
 * parse throw, as Java's SAX parser behind Apps Script does on XML that is not well formed. The wording of
 * that error ("Error on line N: …") follows Apps Script's; its text after the colon is xmldom's (a guess).
 * Building or editing documents (create*, set*, add/removeContent) and the pretty/compact formats are not
 * emulated: the add-on only reads.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import {
  ContentType,
  type DomDocument,
  type EmuElement,
  EmuNamespace,
  EmuXmlDocument,
  NO_NAMESPACE,
  XML_NAMESPACE,
} from "./xml-nodes.ts";

/**
 * XmlService.getRawFormat(): format(document | element) as the XML string, without added whitespace.
 * The pretty and compact formats (which re-indent or trim) are not emulated.
 */
export class EmuXmlFormat {
  readonly __class = "Format";
  private omitDeclaration = false;
  setOmitDeclaration(omit: boolean): this {
    this.omitDeclaration = Boolean(omit);
    return this;
  }
  format(target: EmuXmlDocument | EmuElement): string {
    const xml = new XMLSerializer().serializeToString(target.domNode() as never);
    const body = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
    const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
    return target instanceof EmuXmlDocument && !this.omitDeclaration ? `${declaration}\r\n${body}\r\n` : body;
  }
}

/** Line of a parse error, as xmldom reports it (`@#[line:3,col:7]`). */
function lineOf(message: string): number {
  const m = /\[line:(\d+)/.exec(message);
  return m ? Math.max(1, Number(m[1])) : 1;
}

export function parseXml(xml: string): EmuXmlDocument {
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`${level}: ${message}`);
    },
  });
  let dom: DomDocument;
  try {
    dom = parser.parseFromString(String(xml), "text/xml") as unknown as DomDocument;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const text = message
      .split("\n")[0]!
      .replace(/^(?:fatalError|error|warning): /, "")
      .replace(/\s*@#.*$/, "");
    throw new Error(`Error on line ${lineOf(message)}: ${text.trim()}`);
  }
  if (!dom.documentElement) throw new Error("Error on line 1: Premature end of file.");
  return new EmuXmlDocument(dom);
}

export function createXmlService() {
  return {
    ContentType,
    parse: (xml: string) => parseXml(xml),
    getNamespace(prefixOrUri: string, uri?: string): EmuNamespace {
      return uri === undefined
        ? new EmuNamespace("", String(prefixOrUri))
        : new EmuNamespace(String(prefixOrUri), String(uri));
    },
    getNoNamespace: () => NO_NAMESPACE,
    getXmlNamespace: () => XML_NAMESPACE,
    getRawFormat: () => new EmuXmlFormat(),
  };
}
