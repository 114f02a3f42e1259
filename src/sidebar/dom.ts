/**
 * The only way the sidebar and dialogs build DOM: `el(tag, props, ...children)` sets text with
 * textContent and attributes from a closed list (never an event-handler attribute, href or src), so
 * plan text — user input — can never become markup or script.
 */

import { frenchSpacing } from "../core/typography";

type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  role?: string;
  /** `aria-*` attributes, without the prefix: { label: "…" } sets aria-label. */
  aria?: Record<string, string | number | boolean>;
  /** `data-*` attributes, without the prefix. */
  data?: Record<string, string | number>;
  type?: "button";
  title?: string;
  lang?: string;
  tabIndex?: number;
  hidden?: boolean;
  disabled?: boolean;
  onClick?: (event: Event) => void;
}

/** A new element with `props` and `children` (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.role) element.setAttribute("role", props.role);
  for (const [key, value] of Object.entries(props.aria ?? {}))
    element.setAttribute(`aria-${key}`, String(value));
  for (const [key, value] of Object.entries(props.data ?? {}))
    element.setAttribute(`data-${key}`, String(value));
  if (props.type) element.setAttribute("type", props.type);
  if (props.title) element.title = props.title;
  if (props.lang) element.lang = props.lang;
  if (props.tabIndex !== undefined) element.tabIndex = props.tabIndex;
  if (props.hidden) element.hidden = true;
  if (props.disabled) (element as HTMLElement & { disabled: boolean }).disabled = true;
  if (props.onClick) element.addEventListener("click", props.onClick);
  append(element, ...children);
  return element;
}

/** Sets `element`'s text (with French spacing in a French page). */
export function setText(element: Node, text: string): void {
  element.textContent = document.documentElement.lang === "fr" ? frenchSpacing(text) : text;
}

/** Appends `children` to `parent`; strings are added as text. */
export function append(parent: Node, ...children: Child[]): void {
  const french = document.documentElement.lang === "fr";
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    const text = typeof child === "string" && french ? frenchSpacing(child) : child;
    parent.appendChild(typeof text === "string" ? document.createTextNode(text) : text);
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** The element with id `id`, which the page's HTML must hold. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}
