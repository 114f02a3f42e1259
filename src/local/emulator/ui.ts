/**
 * The spreadsheet Ui (SpreadsheetApp.getUi()): menus, alerts, prompts, sidebars and dialogs, all recorded
 * as plain data in a UiRecorder that tests and the playground read. Alert and prompt answers are scripted
 * in advance (scriptAnswer / scriptPrompt); without a script, an alert answers OK (or YES for YES_NO sets).
 */
import { Button, ButtonSet, type EnumMember, enumName } from "./enums.ts";
import type { EmuHtmlOutput } from "./html.ts";

export type MenuItemRecord =
  | { caption: string; functionName: string }
  | { separator: true }
  | { submenu: MenuRecord };

export interface MenuRecord {
  name: string;
  /** True for createAddonMenu(): shown under Extensions > <add-on name>. */
  addon?: boolean;
  items: MenuItemRecord[];
}

export interface HtmlRecord {
  title: string;
  width: number | null;
  height: number | null;
  content: string;
}

export interface DialogRecord extends HtmlRecord {
  modal: boolean;
  dialogTitle: string;
}

export interface AlertRecord {
  title: string | null;
  message: string;
  buttons: string;
  answer: string;
}

export interface PromptRecord {
  title: string | null;
  message: string;
  buttons: string;
  answer: string;
  text: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  /** Negative: shown until dismissed. */
  timeoutSeconds: number;
}

/** Ui.alert and Ui.prompt take (message[, buttons]) or (title, message[, buttons]). */
function dialogArgs(
  a: unknown,
  b: unknown,
  c: unknown,
): { title: string | null; message: string; buttons: string } {
  if (typeof b === "string")
    return { title: String(a), message: b, buttons: c === undefined ? "OK" : enumName(c) };
  return { title: null, message: String(a), buttons: b === undefined ? "OK" : enumName(b) };
}

export class UiRecorder {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly sidebars: HtmlRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly answers: EnumMember[] = [];
  private readonly promptAnswers: Array<{ text: string; button: EnumMember }> = [];
  /** The add-on menu's name as Sheets shows it. */
  addonName = "Plan d'action";

  /** The answer of the next alert (a Ui.Button, e.g. emulator.ui.Button.NO, or its name). */
  scriptAnswer(button: unknown): void {
    this.answers.push(Button[enumName(button) as keyof typeof Button]);
  }
  /** The answer of the next prompt: its text and button (default OK). */
  scriptPrompt(text: string, button?: unknown): void {
    this.promptAnswers.push({ text, button: Button[enumName(button ?? "OK") as keyof typeof Button] });
  }
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  nextAnswer(buttons: string): EnumMember {
    return this.answers.shift() ?? (buttons.startsWith("YES") ? Button.YES : Button.OK);
  }
  nextPrompt(): { text: string; button: EnumMember } {
    return this.promptAnswers.shift() ?? { text: "", button: Button.OK };
  }
  reset(): void {
    for (const list of [this.menus, this.alerts, this.prompts, this.toasts, this.sidebars, this.dialogs])
      list.length = 0;
  }
}

export class EmuMenu {
  readonly __class = "Menu";
  readonly record: MenuRecord;
  constructor(
    private readonly recorder: UiRecorder,
    name: string,
    addon: boolean,
  ) {
    this.record = addon ? { name, addon: true, items: [] } : { name, items: [] };
  }
  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.record.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: EmuMenu): this {
    this.record.items.push({ submenu: menu.record });
    return this;
  }
  addToUi(): void {
    const menus = this.recorder.menus;
    const i = menus.findIndex(
      (m) => m.name === this.record.name && Boolean(m.addon) === Boolean(this.record.addon),
    );
    const copy = structuredClone(this.record);
    if (i >= 0) menus[i] = copy;
    else menus.push(copy);
  }
}

export class EmuPromptResponse {
  readonly __class = "PromptResponse";
  constructor(
    private readonly text: string,
    private readonly button: EnumMember,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): EnumMember {
    return this.button;
  }
}

function htmlRecord(output: EmuHtmlOutput): HtmlRecord {
  return {
    title: output.getTitle(),
    width: output.getWidth(),
    height: output.getHeight(),
    content: output.getContent(),
  };
}

export class EmuUi {
  readonly __class = "Ui";
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /**
   * `onSuspend` runs when an alert or prompt suspends the script: the locks it held do not survive the
   * dialog (FACTS.md, apps-script/reference/base/ui).
   */
  constructor(
    private readonly recorder: UiRecorder,
    private readonly onSuspend: () => void = () => {},
  ) {}

  createMenu(caption: string): EmuMenu {
    return new EmuMenu(this.recorder, String(caption), false);
  }
  createAddonMenu(): EmuMenu {
    return new EmuMenu(this.recorder, this.recorder.addonName, true);
  }
  alert(a: string, b?: string | unknown, c?: unknown): EnumMember {
    const { title, message, buttons } = dialogArgs(a, b, c);
    this.onSuspend();
    const answer = this.recorder.nextAnswer(buttons);
    this.recorder.alerts.push({ title, message, buttons, answer: answer.name() });
    return answer;
  }
  prompt(a: string, b?: string | unknown, c?: unknown): EmuPromptResponse {
    const { title, message, buttons } = dialogArgs(a, b, c);
    this.onSuspend();
    const { text, button } = this.recorder.nextPrompt();
    this.recorder.prompts.push({ title, message, buttons, answer: button.name(), text });
    return new EmuPromptResponse(text, button);
  }
  showSidebar(output: EmuHtmlOutput): void {
    this.recorder.sidebars.push(htmlRecord(output));
  }
  showModalDialog(output: EmuHtmlOutput, title: string): void {
    this.recorder.dialogs.push({ ...htmlRecord(output), modal: true, dialogTitle: String(title) });
  }
  showModelessDialog(output: EmuHtmlOutput, title: string): void {
    this.recorder.dialogs.push({ ...htmlRecord(output), modal: false, dialogTitle: String(title) });
  }
}
