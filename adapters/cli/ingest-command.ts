import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { asRapporteurError } from '../../retrieval/errors.js';
import { HELP_OPTION, readCommandLine } from './command-line.js';
import { ingestWithProgress } from './ingest-with-progress.js';

const HELP = {
  invocation: 'npm run ingest --',
  text: `
Usage: npm run ingest

Builds the search index from the reports in SEEDS_DIR (default ./seeds) into DATA_DIR
(default ./data), with a progress bar. Text embedded before comes from the cache, so after a
small change to the seeds it takes seconds; the first run embeds everything (one to two
minutes on two cores). Run it after adding, replacing or removing a report; \`npm start\`
builds the index itself when there is none.

Options:
  -h, --help   show this help

Examples:
  npm run ingest
  SEEDS_DIR=./other-reports DATA_DIR=./other-data npm run ingest
`,
};

readCommandLine(HELP, { options: HELP_OPTION });

try {
  const config = loadConfig();
  await ingestWithProgress(config, createLogger(config.LOG_LEVEL));
} catch (error) {
  const coded = asRapporteurError(error);
  process.stderr.write(`Ingest failed: ${coded.message}\n`);
  process.exitCode = 1;
}
