/**
 * XmlService's node classes (developers.google.com/apps-script/reference/xml-service): Namespace,
 * Document, Element, Attribute, and Text/Cdata/Comment/ProcessingInstruction/DocType as Content, each a
 * view over one @xmldom/xmldom node (one wrapper per node, so the script sees stable identities), with
 * the JDOM semantics Apps Script's service follows: without a namespace, getChild/getChildren/
 * getAttribute match only names in no namespace; namespaces compare by URI, never by prefix; getText is
 * the text directly inside an element, getValue all its descendants' text; whitespace is kept.
 */
import { makeEnum } from "./enums.ts";

/** XmlService.ContentType (apps-script/reference/xml-service/content-type). */
export const ContentType = makeEnum([
  "CDATA",
  "COMMENT",
  "DOCTYPE",
  "ELEMENT",
  "ENTITYREF",
  "PROCESSINGINSTRUCTION",
  "TEXT",
]);

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const PI_NODE = 7;
const COMMENT_NODE = 8;
const DOCTYPE_NODE = 10;

// Minimal shapes of the xmldom nodes read here (its own typings follow the DOM lib, absent on the server tsconfig).
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  ownerDocument: DomNode | null;
}
interface DomAttr {
  localName: string | null;
  nodeName: string;
  prefix: string | null;
  namespaceURI: string | null;
  value: string;
}
interface DomElement extends DomNode {
  localName: string;
  prefix: string | null;
  namespaceURI: string | null;
  attributes: ArrayLike<DomAttr>;
}
export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
}

export class EmuNamespace {
  readonly __class = "Namespace";
  constructor(
    private readonly prefix: string,
    private readonly uri: string,
  ) {}
  getPrefix(): string {
    return this.prefix;
  }
  getURI(): string {
    return this.uri;
  }
}

export const NO_NAMESPACE = new EmuNamespace("", "");
export const XML_NAMESPACE = new EmuNamespace("xml", XML_NS);

/** The URI a namespace argument names; a missing argument is "no namespace". */
function uriOf(namespace: unknown): string {
  if (namespace === undefined || namespace === null) return "";
  if (namespace instanceof EmuNamespace) return namespace.getURI();
  throw new Error("Invalid argument: namespace");
}

/** One wrapper per DOM node per document, so that the script sees stable identities. */
class NodeWrappers {
  private readonly cache = new WeakMap<object, EmuContent>();
  constructor(readonly document: EmuXmlDocument) {}
  wrap(node: DomNode): EmuContent | null {
    const known = this.cache.get(node);
    if (known) return known;
    let made: EmuContent | null = null;
    if (node.nodeType === ELEMENT_NODE) made = new EmuElement(node as DomElement, this);
    else if (node.nodeType === TEXT_NODE) made = new EmuText(node, this, "Text", "TEXT");
    else if (node.nodeType === CDATA_NODE) made = new EmuText(node, this, "Cdata", "CDATA");
    else if (node.nodeType === COMMENT_NODE) made = new EmuText(node, this, "Comment", "COMMENT");
    else if (node.nodeType === PI_NODE)
      made = new EmuText(node, this, "ProcessingInstruction", "PROCESSINGINSTRUCTION");
    else if (node.nodeType === DOCTYPE_NODE) made = new EmuText(node, this, "DocType", "DOCTYPE");
    if (made) this.cache.set(node, made);
    return made;
  }
  contentOf(parent: DomNode): EmuContent[] {
    const out: EmuContent[] = [];
    for (let i = 0; i < parent.childNodes.length; i++) {
      const wrapped = this.wrap(parent.childNodes[i]!);
      if (wrapped) out.push(wrapped);
    }
    return out;
  }
}

type ContentTypeName = keyof typeof ContentType;

abstract class EmuContent {
  abstract readonly __class: string;
  protected constructor(
    protected readonly node: DomNode,
    protected readonly wrappers: NodeWrappers,
    private readonly typeName: ContentTypeName,
  ) {}
  getType() {
    return ContentType[this.typeName];
  }
  getValue(): string {
    return this.node.nodeValue ?? "";
  }
  getParentElement(): EmuElement | null {
    const parent = this.node.parentNode;
    return parent && parent.nodeType === ELEMENT_NODE ? (this.wrappers.wrap(parent) as EmuElement) : null;
  }
  getDocument(): EmuXmlDocument {
    return this.wrappers.document;
  }
  asElement(): EmuElement | null {
    return this instanceof EmuElement ? this : null;
  }
  asText(): EmuText | null {
    return this instanceof EmuText && this.typeName === "TEXT" ? this : null;
  }
  asCdata(): EmuText | null {
    return this instanceof EmuText && this.typeName === "CDATA" ? this : null;
  }
  asComment(): EmuText | null {
    return this instanceof EmuText && this.typeName === "COMMENT" ? this : null;
  }
}

/** Text, Cdata, Comment, ProcessingInstruction and DocType: content read as a string. */
export class EmuText extends EmuContent {
  constructor(
    node: DomNode,
    wrappers: NodeWrappers,
    readonly __class: string,
    type: ContentTypeName,
  ) {
    super(node, wrappers, type);
  }
  getText(): string {
    return this.node.nodeValue ?? "";
  }
}

export class EmuAttribute {
  readonly __class = "Attribute";
  constructor(private readonly attr: DomAttr) {}
  getName(): string {
    return this.attr.localName ?? this.attr.nodeName;
  }
  getNamespace(): EmuNamespace {
    return this.attr.namespaceURI
      ? new EmuNamespace(this.attr.prefix ?? "", this.attr.namespaceURI)
      : NO_NAMESPACE;
  }
  getValue(): string {
    return this.attr.value;
  }
}

export class EmuElement extends EmuContent {
  readonly __class = "Element";
  private readonly element: DomElement;
  constructor(element: DomElement, wrappers: NodeWrappers) {
    super(element, wrappers, "ELEMENT");
    this.element = element;
  }
  getName(): string {
    return this.element.localName;
  }
  getQualifiedName(): string {
    return this.element.prefix ? `${this.element.prefix}:${this.element.localName}` : this.element.localName;
  }
  /** getNamespace(): the element's own; getNamespace(prefix): the one that prefix means here, or null. */
  getNamespace(prefix?: string): EmuNamespace | null {
    if (prefix === undefined) {
      const uri = this.element.namespaceURI;
      return uri ? new EmuNamespace(this.element.prefix ?? "", uri) : NO_NAMESPACE;
    }
    if (prefix === "xml") return XML_NAMESPACE;
    for (
      let node: DomNode | null = this.element;
      node && node.nodeType === ELEMENT_NODE;
      node = node.parentNode
    ) {
      const el = node as DomElement;
      if ((el.prefix ?? "") === prefix && el.namespaceURI) return new EmuNamespace(prefix, el.namespaceURI);
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes[i]!;
        if (prefix === "" && a.nodeName === "xmlns")
          return a.value ? new EmuNamespace("", a.value) : NO_NAMESPACE;
        if (a.prefix === "xmlns" && a.localName === prefix) return new EmuNamespace(prefix, a.value);
      }
    }
    return prefix === "" ? NO_NAMESPACE : null;
  }
  private matches(el: DomElement, name: string | undefined, uri: string): boolean {
    return (name === undefined || el.localName === name) && (el.namespaceURI ?? "") === uri;
  }
  private childElements(): DomElement[] {
    const out: DomElement[] = [];
    const nodes = this.element.childNodes;
    for (let i = 0; i < nodes.length; i++)
      if (nodes[i]!.nodeType === ELEMENT_NODE) out.push(nodes[i] as DomElement);
    return out;
  }
  /** getChildren(): every child element; getChildren(name[, namespace]): those with that name and namespace URI. */
  getChildren(name?: string, namespace?: unknown): EmuElement[] {
    const all = this.childElements();
    const picked =
      name === undefined ? all : all.filter((el) => this.matches(el, String(name), uriOf(namespace)));
    return picked.map((el) => this.wrappers.wrap(el) as EmuElement);
  }
  getChild(name: string, namespace?: unknown): EmuElement | null {
    const uri = uriOf(namespace);
    const found = this.childElements().find((el) => this.matches(el, String(name), uri));
    return found ? (this.wrappers.wrap(found) as EmuElement) : null;
  }
  getChildText(name: string, namespace?: unknown): string | null {
    const child = this.getChild(name, namespace);
    return child ? child.getText() : null;
  }
  getAttribute(name: string, namespace?: unknown): EmuAttribute | null {
    const uri = uriOf(namespace);
    const attrs = this.element.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (a.prefix === "xmlns" || a.nodeName === "xmlns") continue;
      if ((a.localName ?? a.nodeName) === String(name) && (a.namespaceURI ?? "") === uri)
        return new EmuAttribute(a);
    }
    return null;
  }
  getAttributes(): EmuAttribute[] {
    const out: EmuAttribute[] = [];
    const attrs = this.element.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      if (a.prefix !== "xmlns" && a.nodeName !== "xmlns") out.push(new EmuAttribute(a));
    }
    return out;
  }
  /** The text directly inside this element (its Text and CDATA children), whitespace included. */
  getText(): string {
    let text = "";
    const nodes = this.element.childNodes;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) text += n.nodeValue ?? "";
    }
    return text;
  }
  /** The XPath string value: all descendant text, in document order. */
  override getValue(): string {
    let text = "";
    const walk = (node: DomNode): void => {
      const nodes = node.childNodes;
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i]!;
        if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) text += n.nodeValue ?? "";
        else if (n.nodeType === ELEMENT_NODE) walk(n);
      }
    };
    walk(this.element);
    return text;
  }
  /** The child node at `index` among all direct children (getAllContent), or null. */
  getContent(index: number): EmuContent | null {
    return this.wrappers.contentOf(this.element)[Number(index)] ?? null;
  }
  getContentSize(): number {
    return this.wrappers.contentOf(this.element).length;
  }
  getAllContent(): EmuContent[] {
    return this.wrappers.contentOf(this.element);
  }
  /** Every descendant node, depth first, in document order. */
  getDescendants(): EmuContent[] {
    const out: EmuContent[] = [];
    const walk = (node: DomNode): void => {
      for (const c of this.wrappers.contentOf(node)) {
        out.push(c);
        if (c instanceof EmuElement) walk(c.element);
      }
    };
    walk(this.element);
    return out;
  }
  isRootElement(): boolean {
    return this.element.parentNode !== null && this.element.parentNode.nodeType === 9;
  }
  isAncestorOf(other: EmuElement): boolean {
    for (let n = other.element.parentNode; n; n = n.parentNode) if (n === this.element) return true;
    return false;
  }
  /** For XmlService formats (not an Apps Script method). */
  domNode(): DomNode {
    return this.element;
  }
}

export class EmuXmlDocument {
  readonly __class = "Document";
  private readonly wrappers: NodeWrappers;
  constructor(private readonly dom: DomDocument) {
    this.wrappers = new NodeWrappers(this);
  }
  hasRootElement(): boolean {
    return this.dom.documentElement !== null;
  }
  getRootElement(): EmuElement | null {
    return this.dom.documentElement ? (this.wrappers.wrap(this.dom.documentElement) as EmuElement) : null;
  }
  getContent(index: number): EmuContent | null {
    return this.wrappers.contentOf(this.dom)[Number(index)] ?? null;
  }
  getAllContent(): EmuContent[] {
    return this.wrappers.contentOf(this.dom);
  }
  getContentSize(): number {
    return this.wrappers.contentOf(this.dom).length;
  }
  getDescendants(): EmuContent[] {
    const root = this.getRootElement();
    return root ? [root, ...root.getDescendants()] : [];
  }
  /** For XmlService formats (not an Apps Script method). */
  domNode(): DomNode {
    return this.dom;
  }
}
