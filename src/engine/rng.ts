/**
 * The game's only source of chance. Its state lives in the game state, so a saved game, a replay and a preview all
 * continue the same sequence. sfc32 over 32-bit integers (Math.imul and shifts are exact in every engine); the initial
 * words come from seedrandom so any seed string or number gives a well-mixed start.
 */
import seedrandom from 'seedrandom';

/** Four unsigned 32-bit words of sfc32 state, plus how many draws have been made (for audits and tests). */
export interface RngState {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly draws: number;
}

/**
 * The seeds a player or a command line may choose: whole numbers from 0 to 2^32 − 1, the same in `sim`, `batch`
 * (every seed it plays), game records and the browser's menu and URL. A wider number would be rounded by JavaScript
 * (9007199254740993 becomes …992) and a string seed is kept for runs derived inside the game (the lab's "from here").
 */
export const MAX_SEED = 0xffff_ffff;
/** Longest string seed a record may carry (the lab's derived seeds are far shorter). */
export const MAX_SEED_TEXT = 200;
export const SEED_RANGE_TEXT = `a whole number from 0 to ${MAX_SEED}`;

/** Whether `seed` is one a player may choose (see MAX_SEED). */
export const isPlayerSeed = (seed: unknown): seed is number => typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;

export const seedRng = (seed: number | string): RngState => {
  const init = seedrandom(`khalkhin-gol:${seed}`);
  // Discard a few outputs so that close seeds diverge fully.
  const m = new Rng({ a: init.int32() >>> 0, b: init.int32() >>> 0, c: init.int32() >>> 0, d: 1, draws: 0 });
  for (let i = 0; i < 12; i++) m.nextUint32();
  const drawn = m.state();
  // A literal in the order of `state()`'s, not a spread: every RngState has one hidden class (state-shape.ts says why).
  return { a: drawn.a, b: drawn.b, c: drawn.c, d: drawn.d, draws: 0 };
};

/**
 * A mutable cursor over an RngState for the length of one command: draw with it, then write `state()` back into the
 * new game state. Never keep one across commands.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private n: number;

  constructor(state: RngState) {
    this.a = state.a | 0;
    this.b = state.b | 0;
    this.c = state.c | 0;
    this.d = state.d | 0;
    this.n = state.draws;
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    this.n++;
    return t >>> 0;
  }

  /** A uniform integer in [0, n), n ≤ 2^32; rejection sampling keeps it exactly uniform. */
  int(n: number): number {
    if (n <= 1) return 0;
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }

  /** True with probability num/den (integers). */
  chance(num: number, den: number): boolean {
    if (num <= 0) return false;
    if (num >= den) return true;
    return this.int(den) < num;
  }

  /** The sum of `count` dice of `sides` faces. */
  dice(count: number, sides: number): number {
    let total = 0;
    for (let i = 0; i < count; i++) total += 1 + this.int(sides);
    return total;
  }

  state(): RngState {
    return { a: this.a >>> 0, b: this.b >>> 0, c: this.c >>> 0, d: this.d >>> 0, draws: this.n };
  }
}
