import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openRapporteur } from '../../bot/rapporteur.js';
import { formatSummary, scoreCase, summarize, type EvalCase } from '../../bot/evaluation/score-eval.js';
import { asRapporteurError } from '../../retrieval/errors.js';

/**
 * `npm run eval [-- --file path …] [--verbose]`: scores evaluation sets, by kind. Defaults to the
 * copies of the shared sets kept in the repository, so it works from a fresh clone.
 */
const DEFAULT_FILES = ['test/fixtures/eval/dev.jsonl', 'test/fixtures/eval/dev2.jsonl'];
const { values } = parseArgs({
  options: { file: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false } },
});

function readCases(file: string): EvalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalCase);
}

try {
  const config = loadConfig();
  const rapporteur = await openRapporteur(config, { logger: createLogger('warn') });
  for (const file of values.file ?? DEFAULT_FILES) {
    const scores = [];
    process.stdout.write(`== ${file}\n`);
    for (const testCase of readCases(file)) {
      const answer = await rapporteur.ask(testCase.q);
      const score = scoreCase(testCase, answer);
      scores.push(score);
      const wrong = score.kind === 'abstain' ? !answer.abstained : score.rank !== 1;
      if (values.verbose || wrong) {
        const got = answer.abstained
          ? 'abstained'
          : (answer.listed ?? answer.citations.map((c) => c.actionItem ?? `${c.document}:${c.section.slice(0, 40)}`)).join(', ');
        process.stdout.write(`${testCase.id} ${score.kind} rank=${score.rank ?? '-'} ${testCase.q}\n    got: ${got}\n`);
      }
    }
    process.stdout.write(formatSummary(summarize(scores)));
  }
} catch (error) {
  process.stderr.write(`${asRapporteurError(error).message}\n`);
  process.exitCode = 2;
}
