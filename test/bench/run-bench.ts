import type { Answerer } from '../../bot/answer.js';
import { benchRetrieval } from './retrieval-bench.js';
import { benchDigest } from './digest-bench.js';
import { benchIngest } from './ingest-bench.js';
import { benchReplicas } from './replicas-bench.js';
import { benchSlack } from './slack-bench.js';
import { benchTeams } from './teams-bench.js';

/**
 * `npm run bench`: prints speed and memory figures (targets live in README, not in tests).
 * Parts run one after another so they do not compete for the two cores; channel benches use
 * the real answer pipeline built by the retrieval part.
 */
type Figures = Record<string, string | number>;

function print(name: string, figures: Figures): void {
  process.stdout.write(`\n## ${name}\n`);
  for (const [label, value] of Object.entries(figures)) process.stdout.write(`${label.padEnd(52)} ${value}\n`);
}

const { figures, bot } = await benchRetrieval();
print('retrieval', figures);
const channels: [string, (answerer: Answerer) => Promise<Figures>][] = [
  ['slack', benchSlack],
  ['teams', benchTeams],
];
for (const [name, run] of channels) print(name, await run(bot));
print('digest', await benchDigest());
print('new editions', await benchIngest());
print('two replicas on PostgreSQL', await benchReplicas());
