import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openAnswerer } from '../../bot/open-answerer.js';
import { asRapporteurError } from '../../retrieval/errors.js';
import { toAnswerJson, toReadableText } from './answer-json.js';

/**
 * `npm run --silent ask -- [--json] "<question>"`; with no question, one question per line
 * from stdin and one answer (JSON object per line with --json) per question. Logs go to stderr,
 * so stdout holds answers only.
 */
const { values, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true });

try {
  const config = loadConfig();
  const answerer = await openAnswerer(config, { logger: createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, { stderr: true }) });
  const print = async (question: string): Promise<void> => {
    const answer = await answerer.ask(question);
    process.stdout.write(values.json ? `${JSON.stringify(toAnswerJson(question, answer))}\n` : `${toReadableText(answer)}\n\n`);
  };
  if (positionals.length > 0) {
    await print(positionals.join(' '));
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      if (line.trim()) await print(line);
    }
  }
} catch (error) {
  process.stderr.write(`${asRapporteurError(error).message}\n`);
  process.exitCode = 2;
}
