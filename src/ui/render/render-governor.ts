/**
 * Draws the map only while something on it changes. A turn-based map stands still most of the time, yet Phaser
 * redraws it sixty times a second: a whole CPU core under software WebGL, and a laptop's battery on a real GPU. The
 * governor puts Phaser's loop to sleep once nothing has moved for IDLE_MS, and wakes it on any input (pointer, wheel,
 * key, touch), on a resize, and whenever the scene reports a change (`RENDER_CHANGED` on the game's events). While a
 * key or a pointer is held, or the scene says it is animating (tweens, timed effects), the loop keeps running.
 */
import Phaser from 'phaser';

/** How long the loop keeps running after the last change, so eased moves and fades finish on screen. */
export const IDLE_MS = 400;

/** Emitted on `game.events` by a scene that changed what it shows outside an input event. */
export const RENDER_CHANGED = 'kg-render-changed';

const WAKING_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend', 'resize', 'focus', 'blur'] as const;

/** Tweens, timed calls or camera effects still running in a scene. */
const sceneAnimating = (scene: Phaser.Scene): boolean => {
  if (scene.tweens.getTweens().length > 0) return true;
  // Phaser's clock keeps its pending and running timed events in fields it does not expose.
  const clock = scene.time as unknown as { _active: unknown[]; _pendingInsertion: unknown[] };
  if (clock._active.length > 0 || clock._pendingInsertion.length > 0) return true;
  return scene.cameras.cameras.some((c) => c.panEffect.isRunning || c.zoomEffect.isRunning || c.fadeEffect.isRunning || c.flashEffect.isRunning || c.shakeEffect.isRunning);
};

export class RenderGovernor {
  private lastChange = performance.now();
  private readonly keysDown = new Set<string>();
  private pointersDown = 0;
  /** Loop sleeps so far (for the tests: proof that an idle page stops drawing). */
  sleeps = 0;

  constructor(private readonly game: Phaser.Game) {
    for (const type of WAKING_EVENTS) window.addEventListener(type, this.onEvent, { capture: true, passive: true });
    game.events.on(RENDER_CHANGED, this.wake);
    game.events.on(Phaser.Core.Events.POST_RENDER, this.afterFrame);
    game.events.once(Phaser.Core.Events.DESTROY, () => this.destroy());
  }

  /** Whether Phaser's loop is drawing frames now. */
  get awake(): boolean {
    return this.game.loop.running;
  }

  /** Starts drawing again (no-op while awake) and restarts the idle clock. */
  readonly wake = (): void => {
    this.lastChange = performance.now();
    const loop = this.game.loop;
    if (!this.game.isBooted || !loop.started || loop.running) return;
    // A long sleep must not reach the scene as one huge frame delta (held-key panning moves by delta).
    loop.resetDelta();
    loop.wake();
  };

  destroy(): void {
    for (const type of WAKING_EVENTS) window.removeEventListener(type, this.onEvent, { capture: true });
    this.game.events.off(RENDER_CHANGED, this.wake);
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.afterFrame);
  }

  private readonly onEvent = (e: Event): void => {
    if (e instanceof KeyboardEvent) {
      if (e.type === 'keydown') this.keysDown.add(e.code);
      else if (e.type === 'keyup') this.keysDown.delete(e.code);
    } else if (e.type === 'pointerdown' || e.type === 'touchstart') this.pointersDown++;
    else if (e.type === 'pointerup' || e.type === 'touchend') this.pointersDown = Math.max(0, this.pointersDown - 1);
    else if (e.type === 'focus' || e.type === 'blur') {
      // Keys released while the page has no focus never send their keyup here.
      this.keysDown.clear();
      this.pointersDown = 0;
    }
    this.wake();
  };

  private readonly afterFrame = (): void => {
    const now = performance.now();
    if (this.keysDown.size > 0 || this.pointersDown > 0 || this.game.scene.getScenes(true).some(sceneAnimating)) {
      this.lastChange = now;
      return;
    }
    if (now - this.lastChange < IDLE_MS) return;
    this.game.loop.sleep();
    this.sleeps++;
  };
}
