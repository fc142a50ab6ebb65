/**
 * The analysis layer's front door: a finished game summed up (result, losses, milestone turns), batch statistics and
 * the after-action comparison with history. Other layers import these names from here, never from the files behind
 * them.
 */
export { afterActionReport, formatAfterAction, historicalCoverage, type HistoricalOutcome } from './after-action';
export { batchStats, type BatchStats, runsCsv } from './batch-stats';
export { casualtyPercent, type GameResultSummary, type LossCount, lossesSoFar, summarizeGame } from './game-result';
export { type HistoryFigure, HISTORY_MEASURES, measureHistory } from './history-measures';
