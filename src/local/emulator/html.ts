/**
 * HtmlService: HtmlOutput objects (title, size, content, sandbox and X-Frame options — chainable) and
 * createHtmlOutputFromFile, which reads `<htmlDir>/<name>.html` from disk on the host side.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SandboxMode, XFrameOptionsMode } from "./enums.ts";

export class EmuHtmlOutput {
  readonly __class = "HtmlOutput";
  private title = "";
  private width: number | null = null;
  private height: number | null = null;
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;
  readonly metaTags: Array<{ name: string; content: string }> = [];
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += String(addedContent).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return this;
  }
  clear(): this {
    this.content = "";
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number | null {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getHeight(): number | null {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setSandboxMode(mode: unknown): this {
    this.sandboxMode = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: unknown): this {
    this.xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.metaTags.push({ name, content });
    return this;
  }
  setFaviconUrl(_url: string): this {
    return this;
  }
}

export function createHtmlService(htmlDir: string) {
  return {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: string): EmuHtmlOutput {
      return new EmuHtmlOutput(html === undefined ? "" : String(html));
    },
    createHtmlOutputFromFile(filename: string): EmuHtmlOutput {
      const name = String(filename).replace(/\.html$/, "");
      const path = join(htmlDir, `${name}.html`);
      if (!/^[\w\-./ ]+$/.test(name) || name.includes("..") || !existsSync(path)) {
        throw new Error(`No HTML file named ${name} was found.`);
      }
      return new EmuHtmlOutput(readFileSync(path, "utf8"));
    },
  };
}
