/**
 * The battle screen's keyboard: which key does what, and what it does while a dialog is open. Pure, so the rule
 * "no shortcut acts behind a dialog" is tested without a browser: with any dialog up, Esc closes a closable one and
 * every other key is left to the dialog (its buttons and fields).
 */

/** What a key asks the battle screen to do. */
export type KeyAction =
  | 'end-turn'
  | 'next-unit'
  | 'cancel'
  | 'confirm-attack'
  | 'skip-ai'
  | 'help'
  | 'close-dialog'
  | 'undo'
  | 'overlay-supply'
  | 'overlay-zoc'
  | 'overlay-sight'
  | 'overlay-legend';

/** The dialog on top, if any. Hand-over and the end screen cannot be closed by a key: they wait for a choice. */
export type OpenDialog = 'help' | 'briefing' | 'handover' | 'end-screen' | null;

export interface KeyContext {
  readonly dialog: OpenDialog;
  readonly aiRunning: boolean;
  /** Ctrl (or ⌘ on a Mac) held with the key. */
  readonly ctrl?: boolean;
}

const CLOSABLE: ReadonlySet<OpenDialog> = new Set(['help', 'briefing']);

/** The shortcut table, as the help overlay lists it. */
export const BATTLE_KEYS: Readonly<Record<string, KeyAction>> = {
  e: 'end-turn',
  E: 'end-turn',
  n: 'next-unit',
  N: 'next-unit',
  Escape: 'cancel',
  Enter: 'confirm-attack',
  h: 'help',
  H: 'help',
  '?': 'help',
  // Overlays (W, A, S and D pan the map; E, N and H are taken above).
  u: 'overlay-supply',
  U: 'overlay-supply',
  // Zones of Control: C, not Z (a plain Z must stay harmless beside Ctrl+Z).
  c: 'overlay-zoc',
  C: 'overlay-zoc',
  v: 'overlay-sight',
  V: 'overlay-sight',
  l: 'overlay-legend',
  L: 'overlay-legend',
};

/** The action for a key press, or null when the key means nothing here (and must be left to the page). */
export const keyAction = (key: string, ctx: KeyContext): KeyAction | null => {
  if (ctx.dialog !== null) {
    if (!CLOSABLE.has(ctx.dialog)) return null;
    // The help overlay also closes with the key that opened it.
    if (key === 'Escape' || (ctx.dialog === 'help' && (key === 'h' || key === 'H' || key === '?'))) return 'close-dialog';
    return null;
  }
  if (key === ' ') return ctx.aiRunning ? 'skip-ai' : null;
  if (ctx.ctrl) return key === 'z' || key === 'Z' ? 'undo' : null;
  return BATTLE_KEYS[key] ?? null;
};
