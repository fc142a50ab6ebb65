/**
 * The analysis layer's front door: a finished game summed up (result, losses, milestone turns, points), batch
 * statistics and reports, comparisons of two batches and with history, intervals, CSV and the after-action report.
 * Other layers import these names from here, never from the files behind them.
 */
export { afterActionReport, formatAfterAction, historicalCoverage, type HistoricalOutcome } from './after-action';
export { armNames, compareBatches, type CompareNames, type CompareRow } from './batch-compare';
export { batchReport, type BatchReport, type LeverSetting, mergeReports, type MergeResult, planSeeds, type ReportMeta, type SeedPlan } from './batch-report';
export { batchStats, type BatchStats, distribution, type Distribution, type HistoryFigureStats, type MilestoneStats } from './batch-stats';
export { casualtyPercent, type GameResultSummary, LOSS_FIGURES, type LossCount, type LossFigure, lossesSoFar, summarizeGame } from './game-result';
export { compareWithHistory, type HistoryRow, historyRowGameText, percentileOf } from './history-compare';
export { type HistoryFigure, type HistoryMeasure, type HistoryMeasureKind, HISTORY_MEASURES, killedAndWounded, measureHistory, missingPercentOfLost, unitsTankLossPercent } from './history-measures';
export { type Difference, meanDifference, medianDifference, moments, normalQuantile, type Proportion, proportionDifference, type SampleMoments, tQuantile975, wilson, Z95 } from './intervals';
export { type DesignerNote, DESIGNER_NOTES } from './designer-notes';
export { csvColumns, type CsvColumn, csvHeader, csvRow, runsCsv } from './runs-csv';
export { eventNameMap, type EventLabel, type LeverLabel, leverSettingText, leverValueText, scenarioLabels, type ScenarioLabels } from './scenario-labels';
