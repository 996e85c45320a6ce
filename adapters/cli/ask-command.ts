import { createInterface } from 'node:readline';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openAnswerer } from '../../bot/open-answerer.js';
import { questionProblem } from '../../bot/question-limit.js';
import { asRapporteurError } from '../../retrieval/errors.js';
import { toAnswerJson, toReadableText } from './answer-json.js';
import { HELP_OPTION, readCommandLine } from './command-line.js';

const HELP = {
  invocation: 'npm run --silent ask --',
  text: `
Usage: npm run --silent ask -- [--json] [QUESTION...]

Answers a question from the indexed reports: the answer, the sources it drew on (action item,
document and edition, section) and, apart, related items it did not draw on.
With no question, reads one question per line from stdin and answers each in turn; a question
that fails is reported on stderr, the rest are still answered, and the exit code is 1. An empty
or over-long question is answered with the reason, and the exit code is 1 too. Logs go to
stderr, so stdout holds answers only. Needs the index (\`npm run ingest\` or \`npm start\` builds it).

Options:
  --json       one JSON object per answer: {question, answer, abstained, citations}, each
               citation with "role": "source" or "related" (sources first)
  -h, --help   show this help

Examples:
  npm run --silent ask -- "status of Resolution 44 fellowships"
  npm run --silent ask -- --json "What is the status of 98-10?"
  echo "How many field offices does ITU have?" | npm run --silent ask -- --json
`,
};

const { values, positionals } = readCommandLine(HELP, {
  options: { json: { type: 'boolean', default: false }, ...HELP_OPTION },
  allowPositionals: true,
});

try {
  const config = loadConfig();
  const answerer = await openAnswerer(config, { logger: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, { stderr: true }) });
  const print = async (question: string): Promise<void> => {
    // A question refused as typed (empty, too long) is answered with the reason, and the exit code says so.
    if (questionProblem(question, config.MAX_QUESTION_CHARS)) process.exitCode = 1;
    const answer = await answerer.ask(question);
    process.stdout.write(values.json ? `${JSON.stringify(toAnswerJson(question, answer))}\n` : `${toReadableText(answer)}\n\n`);
  };
  if (positionals.length > 0) {
    await print(positionals.join(' '));
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      // One question that fails must not lose the ones after it.
      try {
        await print(line);
      } catch (error) {
        process.stderr.write(`${line.slice(0, 80)}: ${asRapporteurError(error).message}\n`);
        process.exitCode = 1;
      }
    }
  }
} catch (error) {
  process.stderr.write(`${asRapporteurError(error).message}\n`);
  process.exitCode = 2;
}
