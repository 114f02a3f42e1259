/**
 * One execution of the add-on's code in the playground, with what it showed collected the way Sheets
 * shows it: toasts, informational alerts, dialogs (modal or modeless) and sidebars after the run, the
 * script's exception as an error, and the first alert or prompt that needs the person's answer (see
 * runtime.ts on how such a question is asked and the run replayed). `answers` feed the questions in
 * order; "defaults" answers every one at once (OK/Yes), as a dialog's google.script.run call needs.
 */
import type { UiRecorder } from "../emulator/ui.ts";

export type Answer = { kind: "alert"; button: string } | { kind: "prompt"; button: string; text: string };

export interface Question {
  kind: "alert" | "prompt";
  title: string | null;
  message: string;
  buttons: string;
}

export interface HtmlSurface {
  key: string;
  title: string;
  width: number | null;
  height: number | null;
  /** A dialog: modal (blocks the page) or modeless (leaves the grid usable). Absent for the sidebar. */
  modal?: boolean;
}

/** What an action showed: the page displays it as Sheets would. */
export interface UiChanges {
  toasts: Array<{ title: string; message: string; timeoutSeconds: number }>;
  alerts: Array<{ title: string | null; message: string }>;
  dialogs: HtmlSurface[];
  sidebars: HtmlSurface[];
  /** The script's exception, as Sheets reports it. */
  error: string | null;
}

export type ActionResult =
  | { status: "question"; token: string; question: Question; answered: Answer[] }
  | { status: "done"; ui: UiChanges };

export type RpcResult =
  | { ok: true; value: unknown; ui: UiChanges }
  | { ok: false; error: string; ui: UiChanges };

export interface SurfaceRecord {
  title: string;
  width: number | null;
  height: number | null;
  content: string;
  modal?: boolean;
}

export interface CapturedRun {
  value: unknown;
  error: string | null;
  ui: UiChanges;
  question: Question | null;
}

export function captureUi(
  recorder: UiRecorder,
  body: () => unknown,
  answers: Answer[] | "defaults",
  surface: (record: SurfaceRecord) => HtmlSurface,
): CapturedRun {
  const start = {
    toasts: recorder.toasts.length,
    alerts: recorder.alerts.length,
    prompts: recorder.prompts.length,
    dialogs: recorder.dialogs.length,
    sidebars: recorder.sidebars.length,
  };
  const alertAnswers = answers === "defaults" ? [] : answers.filter((a) => a.kind === "alert");
  const promptAnswers = answers === "defaults" ? [] : answers.filter((a) => a.kind === "prompt");
  let question: { kind: "alert" | "prompt"; index: number } | null = null;
  const questionsAsked: Array<"alert" | "prompt"> = [];
  const Button = recorder.Button;
  const button = (name: string) => Button[name as keyof typeof Button] ?? Button.CLOSE;
  recorder.nextAnswer = (buttons: string) => {
    if (buttons === "OK" || answers === "defaults") return buttons.startsWith("YES") ? Button.YES : Button.OK;
    questionsAsked.push("alert");
    const next = alertAnswers.shift();
    if (next) return button(next.button);
    question ??= { kind: "alert", index: recorder.alerts.length };
    return Button.CLOSE;
  };
  recorder.nextPrompt = () => {
    if (answers === "defaults") return { text: "", button: Button.OK };
    questionsAsked.push("prompt");
    const next = promptAnswers.shift() as Extract<Answer, { kind: "prompt" }> | undefined;
    if (next) return { text: next.text, button: button(next.button) };
    question ??= { kind: "prompt", index: recorder.prompts.length };
    return { text: "", button: Button.CLOSE };
  };
  let value: unknown;
  let error: string | null = null;
  try {
    value = body();
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  let asked: Question | null = null;
  if (question !== null) {
    const q = question as { kind: "alert" | "prompt"; index: number };
    const record = q.kind === "alert" ? recorder.alerts[q.index] : recorder.prompts[q.index];
    if (record)
      asked = { kind: q.kind, title: record.title, message: record.message, buttons: record.buttons };
  }
  const ui: UiChanges = {
    toasts: recorder.toasts.slice(start.toasts).map((t) => ({ ...t })),
    alerts: recorder.alerts
      .slice(start.alerts)
      .filter((a) => a.buttons === "OK" || answers === "defaults")
      .map((a) => ({ title: a.title, message: a.message })),
    dialogs: recorder.dialogs.slice(start.dialogs).map((d) => surface({ ...d, title: d.dialogTitle })),
    sidebars: recorder.sidebars.slice(start.sidebars).map((s) => surface(s)),
    error,
  };
  return { value, error, ui, question: asked };
}
