/**
 * `npm run -s validate -- FILE…`: checks scenario files (and game records and exercises) the way the game will read them.
 * Prints one summary line per good file on stdout and every error as `FILE: path: message` on stderr.
 * Exit status: 0 all files good, 1 any file bad, 2 bad arguments. Never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { formatFileError, parseScenario, SCENARIO_LIMITS, scenarioSummary, type FileError } from '../scenario';
import { cappedErrors, megabytes } from '../format';
import { checkRecordText } from './record-check';
import { checkResultText } from './result-check';
import { RESULT_MAX_BYTES } from '../exercise';
import { RECORD_MAX_BYTES } from '../replay';
import { checkExerciseText } from './exercise-check';
import { quietPipes } from './cli-io';
import { USAGE as COMMAND_USAGE } from './usage';

/** Nothing larger is read at all: the largest file any kind may be is a student's result file (it carries records). */
const MAX_READ_BYTES = RESULT_MAX_BYTES;

export interface FileReport {
  readonly ok: boolean;
  /** The summary line (ok) or the error lines (not ok), without the file name. */
  readonly lines: readonly string[];
}

const failed = (errors: readonly FileError[]): FileReport => ({ ok: false, lines: cappedErrors(errors).map(formatFileError) });

const checkScenarioFile = (text: string, fileName: string): FileReport => {
  const parsed = parseScenario(text, { fileName });
  return parsed.ok ? { ok: true, lines: [scenarioSummary(parsed.scenario)] } : failed(parsed.errors);
};

/** The kinds of file validate knows by their version key (a scenario is the fallback); one line per kind. */
const FILE_KINDS: readonly { readonly versionKey: string; readonly check: (text: string) => FileReport }[] = [
  {
    versionKey: 'recordVersion',
    check: (text) => {
      const r = checkRecordText(text);
      return r.ok ? { ok: true, lines: [r.summary] } : { ok: false, lines: r.lines };
    },
  },
  { versionKey: 'exerciseVersion', check: checkExerciseText },
  { versionKey: 'resultVersion', check: checkResultText },
];

/** Checks one file and says what it found. */
export const validateFile = (file: string): FileReport => {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return { ok: false, lines: ['not a file'] };
    size = st.size;
  } catch {
    return { ok: false, lines: ['cannot read the file: no such file'] };
  }
  if (size > MAX_READ_BYTES) {
    const limit = (bytes: number) => megabytes(bytes).replace('.0', '');
    return { ok: false, lines: [`the file is ${megabytes(size)}; scenario files may be at most ${limit(SCENARIO_LIMITS.bytes)}, game records ${limit(RECORD_MAX_BYTES)} and result files ${limit(RESULT_MAX_BYTES)}`] };
  }
  const text = readFileSync(file, 'utf8');
  // A file says what it is by a version key near its start (the earliest one: a result file embeds records further on);
  // anything else is read as a scenario.
  const head = text.slice(0, 4096);
  const found = FILE_KINDS.map((k) => ({ k, at: head.search(new RegExp(`"${k.versionKey}"\\s*:`)) })).filter((f) => f.at >= 0);
  const kind = found.sort((a, b) => a.at - b.at)[0]?.k;
  return kind ? kind.check(text) : checkScenarioFile(text, basename(file));
};

/** The first line of the usage, after a bad argument; `--help` prints the whole. */
const USAGE = COMMAND_USAGE.validate.split('\n')[0]!;

export const main = (args: readonly string[]): number => {
  quietPipes();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${COMMAND_USAGE.validate}\n`);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown !== undefined) {
    process.stderr.write(`validate: unknown option '${unknown}'\n${USAGE}\n`);
    return 2;
  }
  if (args.length === 0) {
    process.stderr.write(`validate: no files given\n${USAGE}\n`);
    return 2;
  }
  let allOk = true;
  for (const file of args) {
    let report: FileReport;
    try {
      report = validateFile(file);
    } catch (e) {
      report = { ok: false, lines: [`could not be checked: ${e instanceof Error ? e.message : String(e)}`] };
    }
    allOk &&= report.ok;
    // A good file's summary starts with its scenario id; an error line starts with the file it is in.
    for (const line of report.lines) {
      if (report.ok) process.stdout.write(`${line}\n`);
      else process.stderr.write(`${file}: ${line}\n`);
    }
  }
  return allOk ? 0 : 1;
};

process.exitCode = main(process.argv.slice(2));
