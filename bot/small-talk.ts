import type { Answer } from './answer.js';
import { readText } from './reply-decision.js';

/** Questions that show what the bot is for, in every channel's help. */
export const HELP_EXAMPLES = [
  'status of Resolution 44 fellowships',
  'What has SG12 done on minimum QoS thresholds for alternative calling procedures?',
  'Is there a mechanism in TSAG to examine emerging technologies?',
] as const;

const HELP_TEXT = `I answer questions about ITU-T action items, Resolutions and reports, citing the action item, document and section. For example:\n${HELP_EXAMPLES.map((q) => `• ${q}`).join('\n')}`;
const ACKNOWLEDGED = 'Glad to help. Ask another question whenever you like.';

/**
 * The reply to a greeting ("hi", "help": what the bot does, with examples) or an
 * acknowledgement ("thanks"), for a channel that answers every message (the playground);
 * undefined for a question. Chat channels decide with `decideReply`, and stay silent on thanks.
 */
export function smallTalkAnswer(message: string): Answer | undefined {
  const { kind } = readText(message);
  if (kind === 'query') return undefined;
  const text = kind === 'help' ? HELP_TEXT : ACKNOWLEDGED;
  return { question: message, text, abstained: false, citations: [], cards: [], nearest: [], generatedBy: 'extractive' };
}
