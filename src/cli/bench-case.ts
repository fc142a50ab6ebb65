/**
 * The shape of one benchmark for `npm run bench`. Each area adds a file `src/cli/bench/<area>.ts` exporting
 * `cases: BenchCase[]` and one import line in `src/cli/bench.ts`.
 */
export interface BenchCase {
  /** Short, unique name shown in the table, e.g. "reachable 12 MP on 60×40". */
  readonly name: string;
  /** How the median is reported: time per call in µs or ms, or calls per second. */
  readonly unit: 'µs' | 'ms' | 'ops/s' | 'MB' | 'ratio';
  /** The goal, e.g. "≤ 25 µs" or "≥ 1000000 ops/s"; checked when it has that form, otherwise only printed. */
  readonly target: string;
  /** One call of the operation being measured. Its return value is kept so the work cannot be optimised away. */
  readonly run: () => unknown;
  /** Optional one-off preparation before warm-up (building fixtures); not timed. */
  readonly setup?: () => void;
  /**
   * For a quantity that is not a time (memory, a ratio): measured a few times instead of timing `run`, and the
   * median reported in `unit`.
   */
  readonly value?: () => number;
  /** How many times `value` is measured (default 3): 1 for a slow measurement such as whole batches. */
  readonly samples?: number;
  /** Optional one-off asynchronous preparation (before `setup`); not timed. */
  readonly setupAsync?: () => Promise<void>;
  /** Time to spend sampling, in ms (default: the runner's budget). */
  readonly budgetMs?: number;
}
