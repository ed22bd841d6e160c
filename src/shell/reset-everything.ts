// "Reset everything" for the next attendee at a shared machine: every trace of the last person, in one step.

export interface ResetTargets {
  /** Outputs, token, execution counts, and what was typed: the key, the org, the key choice. */
  resetNotebook(): void;
  /** Progress and checklist ticks, in memory and in localStorage. */
  resetProgress(): void;
  /** Anything the request cache still holds. */
  forgetRequests(): void;
  /** Empties the clipboard, which may hold a copied key or token; may fail (no permission, no focus). */
  clearClipboard?(): Promise<void>;
}

export interface ResetReport {
  clipboardCleared: boolean;
}

/** Clears everything it can; a clipboard that refuses does not stop the rest (it runs last). */
export async function resetEverything(targets: ResetTargets): Promise<ResetReport> {
  targets.resetNotebook();
  targets.resetProgress();
  targets.forgetRequests();
  try {
    if (!targets.clearClipboard) return { clipboardCleared: false };
    await targets.clearClipboard();
    return { clipboardCleared: true };
  } catch {
    return { clipboardCleared: false };
  }
}

/** What the confirmation lists, so the person pressing the button knows what goes. */
export const resetItems: readonly string[] = [
  "Every cell's output and the login token",
  'The API key you pasted, the org and your choices',
  'Your progress and the checklist ticks',
  'The clipboard, in case it holds a copied key or token',
];
