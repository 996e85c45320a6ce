import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openRapporteur } from '../../bot/rapporteur.js';
import { scoreCase, summarize, type EvalCase } from '../../bot/evaluation/score-eval.js';
import { asRapporteurError } from '../../retrieval/errors.js';

/** `npm run eval [-- --file path --verbose]`: scores an evaluation set (default ../shared/eval/dev.jsonl). */
const { values } = parseArgs({
  options: { file: { type: 'string', default: '../shared/eval/dev.jsonl' }, verbose: { type: 'boolean', default: false } },
});

try {
  const config = loadConfig();
  const rapporteur = await openRapporteur(config, { logger: createLogger('warn') });
  const cases = readFileSync(values.file!, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalCase);
  const scores = [];
  for (const testCase of cases) {
    const answer = await rapporteur.ask(testCase.q);
    const score = scoreCase(testCase, answer);
    scores.push(score);
    if (values.verbose || (!testCase.abstain && score.rank !== 1) || score.abstainedCorrectly === false) {
      const got = answer.abstained ? 'abstained' : answer.citations.map((c) => c.actionItem ?? `${c.document}:${c.section.slice(0, 40)}`).join(', ');
      process.stdout.write(`${testCase.id} rank=${score.rank ?? '-'} ${testCase.q}\n    got: ${got}\n`);
    }
  }
  const s = summarize(scores, cases);
  process.stdout.write(
    `cases ${s.cases}\nhit@1 ${s.hitAt1.toFixed(3)}\nhit@3 ${s.hitAt3.toFixed(3)}\nMRR ${s.mrr.toFixed(3)}\nabstain accuracy ${s.abstainAccuracy.toFixed(3)}\n`,
  );
} catch (error) {
  process.stderr.write(`${asRapporteurError(error).message}\n`);
  process.exitCode = 2;
}
