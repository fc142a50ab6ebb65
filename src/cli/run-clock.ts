/**
 * The clock of a batch: wall seconds and the whole process's CPU seconds (every thread: the games' and V8's) since it
 * was started, each rounded to a tenth as `stats.json` records them.
 */
export interface RunClock {
  seconds(): number;
  cpuSeconds(): number;
}

export const startClock = (): RunClock => {
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  return {
    seconds: () => Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: () => {
      const { user, system } = process.cpuUsage(cpuStarted);
      return Math.round((user + system) / 1e5) / 10;
    },
  };
};
