import { readFileSync } from 'node:fs';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openRapporteur } from '../../bot/rapporteur.js';
import { formatSummary, scoreCase, summarize, type EvalCase } from '../../bot/evaluation/score-eval.js';
import { asRapporteurError } from '../../retrieval/errors.js';
import { HELP_OPTION, readCommandLine } from './command-line.js';

const DEFAULT_FILES = ['test/fixtures/eval/dev.jsonl', 'test/fixtures/eval/dev2.jsonl'];

const HELP = {
  invocation: 'npm run eval --',
  text: `
Usage: npm run eval -- [--file PATH]... [--verbose]

Scores retrieval on evaluation sets, by kind of question: one JSON object per line with the
question (q) and the expected action items or passages, or that it must abstain. Prints the
cases that missed, then the scores of each set. Without --file it scores the copies of the
shared sets kept in the repository (${DEFAULT_FILES.join(', ')}).
Needs the index (\`npm run ingest\`).

Options:
  --file PATH  an evaluation set; repeat for several
  --verbose    list every case, not only the misses
  -h, --help   show this help

Examples:
  npm run eval
  npm run eval -- --file test/fixtures/eval/probe.jsonl --verbose
`,
};

const { values } = readCommandLine(HELP, {
  options: { file: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false }, ...HELP_OPTION },
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
