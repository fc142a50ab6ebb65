/**
 * The game record's front door: `parseRecord`/`serializeRecord`, writing a record as a game goes, verifying and
 * replaying it, the replay cursor (seek, step back, branch), a game's family among saved games, and the undo rule.
 * Other layers import these names from here, never from the files behind them.
 */
export { branchRelations } from './branches';
export { type ControlChange, type GameRecord, parseRecord, type PlayerSetting, READABLE_RECORD_VERSIONS, RECORD_MAX_BYTES, RECORD_VERSION, type RecordParent, serializeRecord } from './record';
export { RecordWriter, replayLog, replayRecord, startOf, type StepListener, verifyRecord } from './replay';
export { ReplayCursor, type ReplayStep } from './replay-cursor';
export { undoBarrier } from './undo';
