/**
 * Everything the add-on shows around the grid, as Sheets shows it: alerts and prompts (modal, with the
 * buttons Apps Script names), modal dialogs (an overlay that blocks the page), modeless dialogs (a window
 * over the grid that leaves the grid usable and can be moved), the sidebar, and toasts (two at most,
 * newest on top). HTML surfaces are served in iframes (/html/<key>).
 */
import type { Answer, HtmlSurface, Question, UiChanges } from "../runtime.ts";
import { $, el } from "./dom.ts";
import { t } from "./strings.ts";

let modalClose: (() => void) | null = null;
let sidebarKey: string | null = null;
let dialogKey: string | null = null;
let modelessKey: string | null = null;

function buttonLabels(kind: string): Array<[string, string]> {
  switch (kind) {
    case "OK_CANCEL":
      return [
        ["CANCEL", t("cancel")],
        ["OK", "OK"],
      ];
    case "YES_NO":
      return [
        ["NO", t("no")],
        ["YES", t("yes")],
      ];
    case "YES_NO_CANCEL":
      return [
        ["CANCEL", t("cancel")],
        ["NO", t("no")],
        ["YES", t("yes")],
      ];
    default:
      return [["OK", "OK"]];
  }
}

export function openModal(
  title: string,
  body: Node[],
  buttons: Array<[string, string]>,
  kind: string,
): Promise<string> {
  return new Promise((resolve) => {
    const overlay = $("overlay");
    const modal = $("modal");
    const opener = document.activeElement as HTMLElement | null;
    modal.className = `modal ${kind}`;
    modal.style.width = "";
    modal.style.height = "";
    modal.style.transform = "";
    $("modal-title").textContent = title;
    $("modal-close").setAttribute("aria-label", t("close"));
    $("modal-body").replaceChildren(...body);
    const footer = $("modal-buttons");
    footer.replaceChildren();
    footer.hidden = buttons.length === 0;
    const done = (answer: string) => {
      overlay.hidden = true;
      modalClose = null;
      $("modal-body").replaceChildren();
      opener?.focus({ preventScroll: true });
      resolve(answer);
    };
    buttons.forEach(([value, label], i) => {
      const button = el("button", {
        type: "button",
        className: i === buttons.length - 1 ? "primary" : "",
        "data-value": value,
        text: label,
      });
      button.addEventListener("click", () => done(value));
      footer.append(button);
    });
    modalClose = () => done("CLOSE");
    overlay.hidden = false;
    const focus = body.find((n) => n instanceof HTMLInputElement) as HTMLInputElement | undefined;
    (focus ?? (footer.lastElementChild as HTMLElement | null))?.focus();
  });
}

/** A yes/no question of the page itself: resolves true when the person confirms. */
export async function confirmAction(title: string, message: string, confirm: string): Promise<boolean> {
  const answer = await openModal(
    title,
    [el("p", { className: "message", text: message })],
    [
      ["CANCEL", t("cancel")],
      ["OK", confirm],
    ],
    "alert",
  );
  return answer === "OK";
}

/** A question of the page itself asking for a text (a sheet's new name): the text, or null when cancelled. */
export async function promptText(title: string, message: string, value: string): Promise<string | null> {
  const input = el("input", { type: "text", className: "prompt-input", "aria-label": message });
  input.value = value;
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") ($("modal-buttons").lastElementChild as HTMLButtonElement | null)?.click();
  });
  const shown = openModal(
    title,
    [el("p", { className: "message", text: message }), input],
    [
      ["CANCEL", t("cancel")],
      ["OK", "OK"],
    ],
    "prompt",
  );
  input.select();
  return (await shown) === "OK" ? input.value : null;
}

/** An alert or prompt without a title shows the add-on's name, never an empty title bar. */
const ADDON_NAME = "Plan d'action";

function titleOrAddon(title: string | null | undefined): string {
  return title?.trim() ? title : ADDON_NAME;
}

export function showMessage(title: string, message: string): Promise<string> {
  return openModal(title, [el("p", { className: "message", text: message })], buttonLabels("OK"), "alert");
}

export async function ask(question: Question): Promise<Answer> {
  const body: Node[] = [el("p", { className: "message", text: question.message })];
  const buttons = buttonLabels(question.buttons);
  if (question.kind === "prompt") {
    const input = el("input", { type: "text", className: "prompt-input", "aria-label": question.message });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") ($("modal-buttons").lastElementChild as HTMLButtonElement | null)?.click();
    });
    body.push(input);
    const button = await openModal(titleOrAddon(question.title), body, buttons, "prompt");
    return { kind: "prompt", button, text: input.value };
  }
  const button = await openModal(titleOrAddon(question.title), body, buttons, "alert");
  return { kind: "alert", button };
}

async function showModalDialog(surface: HtmlSurface): Promise<void> {
  dialogKey = surface.key;
  const frame = el("iframe", {
    src: `/html/${encodeURIComponent(surface.key)}`,
    title: surface.title,
    className: "dialog-frame",
  });
  const shown = openModal(surface.title, [frame], [], "html-dialog");
  const modal = $("modal");
  modal.style.width = `${Math.min(surface.width ?? 600, window.innerWidth - 40)}px`;
  modal.style.height = `${Math.min((surface.height ?? 400) + 48, window.innerHeight - 40)}px`;
  await shown;
  dialogKey = null;
}

export function closeModeless(): void {
  modelessKey = null;
  const box = $("modeless");
  box.hidden = true;
  $("modeless-body").replaceChildren();
}

/** A modeless dialog: a window over the page that leaves the grid, the menus and the sidebar usable. */
function showModelessDialog(surface: HtmlSurface): void {
  modelessKey = surface.key;
  const box = $("modeless");
  $("modeless-title").textContent = surface.title;
  $("modeless-close").setAttribute("aria-label", t("close"));
  const frame = el("iframe", {
    src: `/html/${encodeURIComponent(surface.key)}`,
    title: surface.title,
    className: "dialog-frame",
  });
  $("modeless-body").replaceChildren(frame);
  box.style.width = `${Math.min(surface.width ?? 600, window.innerWidth - 40)}px`;
  box.style.height = `${Math.min((surface.height ?? 400) + 44, window.innerHeight - 40)}px`;
  box.style.left = `${Math.max(20, (window.innerWidth - (surface.width ?? 600)) / 2)}px`;
  box.style.top = "120px";
  box.hidden = false;
}

/**
 * Dragging a dialog by its title bar, as in Sheets: the modeless window moves by its position, the modal
 * one by an offset from the centre of its overlay. The frames inside ignore the pointer meanwhile (a frame
 * would swallow the moves).
 */
function draggable(
  box: HTMLElement,
  moveTo: (dx: number, dy: number, start: { x: number; y: number }) => void,
  origin: () => { x: number; y: number },
): void {
  const bar = box.querySelector("header") as HTMLElement;
  bar.addEventListener("mousedown", (event) => {
    if (event.button !== 0 || (event.target as HTMLElement).closest("button")) return;
    event.preventDefault();
    const start = { x: event.clientX, y: event.clientY };
    const from = origin();
    document.body.classList.add("dragging");
    const move = (e: MouseEvent) => moveTo(e.clientX - start.x, e.clientY - start.y, from);
    const up = () => {
      document.body.classList.remove("dragging");
      document.removeEventListener("mousemove", move);
      document.removeEventListener("mouseup", up);
    };
    document.addEventListener("mousemove", move);
    document.addEventListener("mouseup", up);
  });
}

function modalOffset(): { x: number; y: number } {
  const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec($("modal").style.transform);
  return m ? { x: Number(m[1]), y: Number(m[2]) } : { x: 0, y: 0 };
}

function makeDraggable(): void {
  const box = $("modeless");
  draggable(
    box,
    (dx, dy, from) => {
      box.style.left = `${from.x + dx}px`;
      box.style.top = `${Math.max(0, from.y + dy)}px`;
    },
    () => ({ x: box.offsetLeft, y: box.offsetTop }),
  );
  const modal = $("modal");
  draggable(
    modal,
    (dx, dy, from) => {
      modal.style.transform = `translate(${from.x + dx}px, ${from.y + dy}px)`;
    },
    modalOffset,
  );
}

/**
 * A link of a dialog selected a cell: when an open dialog covers it, the dialog moves beside it (to the
 * side with room), so the person sees the cell the link named.
 */
export function uncover(cell: DOMRect): void {
  const gap = 16;
  const overlaps = (r: DOMRect) =>
    r.left < cell.right && r.right > cell.left && r.top < cell.bottom && r.bottom > cell.top;
  const shift = (r: DOMRect): { dx: number; dy: number } => {
    if (cell.right + gap + r.width <= window.innerWidth) return { dx: cell.right + gap - r.left, dy: 0 };
    if (cell.left - gap - r.width >= 0) return { dx: cell.left - gap - r.width - r.left, dy: 0 };
    if (cell.bottom + gap + r.height <= window.innerHeight) return { dx: 0, dy: cell.bottom + gap - r.top };
    return { dx: 0, dy: Math.max(0, cell.top - gap - r.height) - r.top };
  };
  const modal = $("modal");
  if (!$("overlay").hidden && overlaps(modal.getBoundingClientRect())) {
    const { dx, dy } = shift(modal.getBoundingClientRect());
    const from = modalOffset();
    modal.style.transform = `translate(${from.x + dx}px, ${from.y + dy}px)`;
  }
  const box = $("modeless");
  if (!box.hidden && overlaps(box.getBoundingClientRect())) {
    const { dx, dy } = shift(box.getBoundingClientRect());
    box.style.left = `${box.offsetLeft + dx}px`;
    box.style.top = `${Math.max(0, box.offsetTop + dy)}px`;
  }
}

let sidebarShown: () => void = () => {};

/** What the page does when the add-on opens its sidebar (the Agenda panel makes room). */
export function whenSidebarShown(callback: () => void): void {
  sidebarShown = callback;
}

export function showSidebar(surface: HtmlSurface): void {
  sidebarKey = surface.key;
  $("sidebar-panel").classList.remove("folded");
  sidebarShown();
  $("sidebar-title").textContent = surface.title;
  ($("sidebar-frame") as HTMLIFrameElement).src = `/html/${encodeURIComponent(surface.key)}`;
  $("sidebar-panel").hidden = false;
}

export function closeSidebar(): void {
  sidebarKey = null;
  $("sidebar-panel").hidden = true;
  ($("sidebar-frame") as HTMLIFrameElement).src = "about:blank";
}

const MAX_TOASTS = 2;

export function toast(title: string, message: string, seconds: number): void {
  const box = el("div", { className: "toast", role: "status" }, [
    title ? el("strong", { text: title }) : null,
    el("span", { text: message }),
  ]);
  const close = el("button", {
    type: "button",
    className: "toast-close",
    "aria-label": t("close"),
    text: "×",
  });
  close.addEventListener("click", () => box.remove());
  box.append(close);
  // Newest on top; at most MAX_TOASTS at once, the older ones dismissed, so they never pile up over the grid.
  const toasts = $("toasts");
  toasts.prepend(box);
  while (toasts.children.length > MAX_TOASTS) toasts.lastElementChild?.remove();
  const ms = Math.min(Math.max(seconds, 3), 15) * 1000;
  setTimeout(() => box.remove(), seconds < 0 ? 60_000 : ms);
}

export async function showUi(ui: UiChanges): Promise<void> {
  for (const item of ui.toasts) toast(item.title, item.message, item.timeoutSeconds);
  for (const s of ui.sidebars) showSidebar(s);
  if (ui.error) await showMessage(t("scriptError"), ui.error);
  for (const a of ui.alerts) await showMessage(titleOrAddon(a.title), a.message);
  for (const d of ui.dialogs) {
    if (d.modal === false) showModelessDialog(d);
    else await showModalDialog(d);
  }
}

/** A surface asked to close (google.script.host.close()). */
export function closeSurface(key: string | undefined): void {
  if (key === dialogKey) modalClose?.();
  if (key === sidebarKey) closeSidebar();
  if (key === modelessKey) closeModeless();
}

export function installDialogs(): void {
  $("modal-close").addEventListener("click", () => modalClose?.());
  $("modeless-close").addEventListener("click", closeModeless);
  $("sidebar-close").addEventListener("click", closeSidebar);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("overlay").hidden) modalClose?.();
  });
  makeDraggable();
}

export function modalOpen(): boolean {
  return !$("overlay").hidden;
}
