import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadConfig } from '../../bot/config.js';
import { createChatModel } from '../../bot/llm/create-chat-model.js';
import { loadPromptTemplates } from '../../bot/llm/prompt-templates.js';
import { createLogger } from '../../bot/logger.js';
import { loadCorpus } from '../../retrieval/corpus/load-corpus.js';
import { asRapporteurError } from '../../retrieval/errors.js';
import { writeRecordQuestions } from '../../retrieval/index/question-writer.js';
import { questionFiles, questionsFor, questionsLine, readRecordQuestions } from '../../retrieval/index/record-questions.js';
import { HELP_OPTION, readCommandLine } from './command-line.js';
import { ingestWithProgress } from './ingest-with-progress.js';

const HELP = {
  invocation: 'npm run questions --',
  text: `
Usage: npm run questions

Writes the search questions of the reports' records that have none yet, with the chat model
the configuration names (LLM_PROVIDER and its key; see README), then rebuilds the index. The
keyword index searches each record's questions beside its text, so a delegate's everyday words
("fake phones") meet the reports' own ("counterfeit devices"). The reports shipped in ./seeds
come with theirs; run this after adding a new edition. Questions go to
DATA_DIR/record-questions.jsonl, one line per record, as each is written: an interrupted run
keeps what it wrote and the next run goes on from there.

Options:
  -h, --help   show this help

Examples:
  LLM_PROVIDER=openai OPENAI_API_KEY=sk-… npm run questions
  LLM_PROVIDER=ollama npm run questions
`,
};

readCommandLine(HELP, { options: HELP_OPTION });

try {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const model = createChatModel(config);
  if (!model) {
    process.stderr.write('No chat model is configured: set LLM_PROVIDER (openai, anthropic or ollama) and its key, then run this again.\n');
    process.exitCode = 1;
  } else {
    const files = questionFiles(config.DATA_DIR);
    const file = files[1];
    const { questions } = readRecordQuestions(files);
    const { records } = await loadCorpus(config.SEEDS_DIR);
    const missing = records.filter((record) => questionsFor(questions, record).length === 0);
    logger.info({ records: missing.length }, 'writing search questions for the records that have none');
    mkdirSync(config.DATA_DIR, { recursive: true });
    // A run cut off mid-line left no newline: the next record's line must not join the broken one.
    const kept = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (kept && !kept.endsWith('\n')) appendFileSync(file, '\n');
    let written = 0;
    let failed = 0;
    await writeRecordQuestions(model, loadPromptTemplates().recordQuestions, missing, {
      onRecord: (record, outcome) => {
        if ('error' in outcome) {
          failed++;
          logger.warn({ record: record.key, error: outcome.error }, 'no questions for this record');
          return;
        }
        appendFileSync(file, `${questionsLine(record, outcome.questions)}\n`);
        written++;
      },
    });
    if (failed > 0) logger.warn({ written, failed, file }, 'some records have no search questions yet: run npm run questions again once the model answers');
    else logger.info({ written, failed, file }, 'search questions written');
    if (written > 0) await ingestWithProgress(config, logger);
    if (failed > 0) process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`Writing questions failed: ${asRapporteurError(error).message}\n`);
  process.exitCode = 1;
}
