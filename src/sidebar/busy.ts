/**
 * "One thing at a time": while a toolbar action's server call runs, every toolbar button is disabled and
 * the running one says so (aria-busy); afterwards they are enabled again — also after a failure — and
 * keyboard focus goes back to the button that started it if the page had lost it. A button that
 * `isAvailable` refuses (e.g. Valider while no plan is installed) stays disabled afterwards.
 */
export class BusyGate {
  private running = false;

  constructor(
    private readonly buttons: () => HTMLButtonElement[],
    private readonly isAvailable: (button: HTMLButtonElement) => boolean = () => true,
  ) {}

  /** Enables the buttons `isAvailable` accepts and disables the others (when nothing is running). */
  refreshAvailability(): void {
    if (this.running) return;
    for (const button of this.buttons()) button.disabled = !this.isAvailable(button);
  }

  get isBusy(): boolean {
    return this.running;
  }

  /** Runs `work` with the buttons disabled; ignored when another action is already running. */
  async run(origin: HTMLButtonElement | null, work: () => Promise<void>): Promise<void> {
    if (this.running) return;
    this.running = true;
    const hadFocus = origin !== null && document.activeElement === origin;
    for (const button of this.buttons()) button.disabled = true;
    origin?.setAttribute("aria-busy", "true");
    try {
      await work();
    } finally {
      this.running = false;
      this.refreshAvailability();
      origin?.removeAttribute("aria-busy");
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (origin && hadFocus && lost && origin.isConnected && !origin.disabled) origin.focus();
    }
  }
}
