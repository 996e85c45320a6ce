import { joinAroundMentions } from '../../bot/reply-decision.js';

/**
 * Plain answer text → Slack mrkdwn, and back from what Slack sends us to a plain question.
 * Pure string functions; Slack's escaping rules: https://docs.slack.dev/messaging/formatting-message-text
 */

/** Slack treats only these three as control characters in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link in mrkdwn; `|` and `>` would end the label early, so they are escaped or replaced. */
export function mrkdwnLink(url: string, label: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * Converts the answer's plain text (paragraphs split by blank lines, `-` bullets) to mrkdwn:
 * escapes control characters, turns bullets into `•`, and bolds an action item number that
 * opens a line (`44-30 — …`) so the item stands out.
 */
export function toSlackMrkdwn(text: string): string {
  return escapeMrkdwn(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/^(\s*)[-*] +/, '$1• ').replace(/^(\d{1,3}-\d{1,3})(?= [—–-] )/, '*$1*'))
    .join('\n')
    .trim();
}

/**
 * Splits mrkdwn into pieces of at most `limit` characters, preferring paragraph, then line,
 * then word boundaries, so no piece breaks an `&amp;` entity or a word in two.
 */
export function splitMrkdwn(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = (unit: string, separator: string): void => {
    if (current === '') current = unit;
    else if (current.length + separator.length + unit.length <= limit) current += separator + unit;
    else {
      pieces.push(current);
      current = unit;
    }
  };
  for (const paragraph of text.split(/\n{2,}/)) {
    if (paragraph.length <= limit) {
      push(paragraph, '\n\n');
      continue;
    }
    for (const [index, line] of paragraph.split('\n').entries()) {
      for (const [wordIndex, chunk] of splitLongLine(line, limit).entries()) {
        push(chunk, wordIndex > 0 ? ' ' : index === 0 ? '\n\n' : '\n');
      }
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

function splitLongLine(line: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(' ', limit);
    const cut = space > limit / 2 ? space : limit;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  chunks.push(rest);
  return chunks;
}

/** Shortens to `limit` characters on a word boundary, ending with `…`. */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit - 1);
  return `${text.slice(0, cut > limit / 2 ? cut : limit - 1).trimEnd()}…`;
}

/** People (`<@U…>`), user groups (`<!subteam^S…>`) and everyone (`<!here>`, `<!channel>`, `<!everyone>`). */
const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;
const GROUP_MENTION = /<!(?:subteam\^[A-Z0-9]+|here|channel|everyone)(?:\|[^>]*)?>/g;
const ANY_MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>|<!(?:subteam\^[A-Z0-9]+|here|channel|everyone)(?:\|[^>]*)?>/;

/**
 * The question a user typed, from Slack's message text: removes every mention (they say whom
 * a message is for, not what it asks, and a name would steer retrieval) with the words that
 * only introduced it (`joinAroundMentions`), turns channel and link markup into readable text,
 * and unescapes `&amp;` `&lt;` `&gt;`.
 */
export function questionFromSlackText(text: string): string {
  return joinAroundMentions(text.split(ANY_MENTION).map(readableText));
}

/** Channel and link markup as people read it, and Slack's three escapes undone. */
function readableText(mrkdwn: string): string {
  return mrkdwn
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:mailto:)?([^>|]+)\|([^>]*)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Whom a Slack message mentions: the bot, and anyone else (a person, a user group, `@here`…). */
export function slackMentions(text: string, botUserId: string | undefined): { mentionsBot: boolean; mentionsOthers: boolean } {
  const users = [...text.matchAll(USER_MENTION)].map((match) => match[1]);
  return {
    mentionsBot: botUserId !== undefined && users.includes(botUserId),
    mentionsOthers: users.some((id) => id !== botUserId) || text.search(GROUP_MENTION) >= 0,
  };
}
