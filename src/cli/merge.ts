/**
 * `npm run -s merge -- SHARD.json… --out stats.json`: the stats.json files of `batch --shard K/N` (all N, any order)
 * joined into exactly the stats of the unsharded run (only `timing` differs). For a CI matrix, GNU parallel or a
 * Kubernetes Indexed Job: see docs/batch-at-scale.md. Exit 0, 1 (shards that do not belong together, or are missing
 * or unfinished) or 2 (bad arguments).
 */
import { mergeReports, type BatchReport } from '../analysis';
import { outputPathProblem, isEntry, quietPipes, writeFileWhole } from './cli-io';
import { summaryLines } from './report-text';
import { readStatsFile } from './stats-file';
import { answerHelp, USAGE } from './usage';

export const main = (argv: readonly string[]): number => {
  answerHelp('merge', argv);
  const files: string[] = [];
  let out: string | undefined;
  let quiet = false;
  const usage = (why: string): number => (process.stderr.write(`merge: ${why} (${USAGE.merge.split('\n')[0]})\n`), 2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      out = argv[++i];
      if (out === undefined) return usage('--out needs a file');
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--quiet' || a === '-q') quiet = true;
    else if (a.startsWith('-')) return usage(`unknown option '${a}'`);
    else files.push(a);
  }
  if (files.length === 0) return usage('give the shard files');
  if (out === undefined) return usage('--out is required');
  const problem = outputPathProblem('--out', out);
  if (problem) return (process.stderr.write(`merge: ${problem}\n`), 2);
  const shards: BatchReport[] = [];
  for (const f of files) {
    const r = readStatsFile(f, true);
    if (!r.ok) return (process.stderr.write(`merge: ${r.message}\n`), 1);
    shards.push(r.report);
  }
  const merged = mergeReports(shards);
  if (!merged.ok) return (process.stderr.write(`merge: ${merged.message}\n`), 1);
  writeFileWhole(out, `${JSON.stringify(merged.report, null, 2)}\n`);
  if (!quiet) process.stdout.write(`${summaryLines(merged.report).join('\n')}\nMerged ${files.length} shard${files.length === 1 ? '' : 's'} into ${out}\n`);
  return 0;
};

if (isEntry(import.meta.url)) {
  quietPipes();
  process.exitCode = main(process.argv.slice(2));
}
