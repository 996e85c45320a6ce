import type { Activity, Attachment } from 'botbuilder';
import { decideReply, joinAroundMentions, type ReplyDecision } from '../../bot/reply-decision.js';

/** How Teams attaches a file in a personal chat; channels and group chats send a `reference` link. */
const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';
/** Attachments Teams adds that are not files: the message's own HTML, and cards. */
const NOT_A_FILE = /^(?:text\/html|application\/vnd\.microsoft\.(?:teams\.)?card\.)/;

/** The HTML entities Teams writes in message text; numeric ones are decoded by code point. */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}

/**
 * The question in a Teams message's text: every `<at>…</at>` mention removed (the bot's
 * wherever it stands, and other people's, whose names would steer retrieval) with the words
 * that only introduced it (`joinAroundMentions`), other markup dropped (an emoji image keeps
 * its `alt` character), HTML entities such as `&nbsp;` decoded.
 */
export function teamsQuestionText(text: string): string {
  return joinAroundMentions(text.split(/<at\b[^>]*>[\s\S]*?<\/at>/i).map(plainText));
}

/** Tags go before entities are decoded, so a typed `&lt;4&gt;` survives as `<4>`. */
function plainText(html: string): string {
  return html
    .replace(/<(?:emoji|img)\b[^>]*?\balt="([^"]*)"[^>]*>/gi, ' $1 ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
}

/** Files and images, not the HTML copy of the message or a card Teams attaches to it. */
export function isTeamsFile(attachment: Attachment): boolean {
  return attachment.contentType === FILE_DOWNLOAD_INFO || (attachment.contentUrl !== undefined && !NOT_A_FILE.test(attachment.contentType));
}

/**
 * How to reply to a Teams message: other bots never get a reply; otherwise Teams' mention
 * entities, attachments and conversation type become a neutral message for `decideReply`.
 * `followsThread` says whether the bot has answered this author in this conversation (a
 * channel thread or a group chat).
 */
export function teamsReplyDecision(activity: Activity, followsThread: () => boolean): ReplyDecision {
  if (activity.from.role === 'bot') return { reply: 'none', reason: 'bot message' };
  // Read defensively: botbuilder's getMentions throws on an entity without a type.
  const mentioned = (activity.entities ?? [])
    .filter((entity) => typeof entity.type === 'string' && entity.type.toLowerCase() === 'mention')
    .map((entity) => (entity as { mentioned?: { id?: unknown } }).mentioned?.id);
  const botId = activity.recipient.id;
  const { conversationType, isGroup } = activity.conversation;
  return decideReply({
    text: teamsQuestionText(activity.text ?? ''),
    // Without a conversation type (the Emulator, Web Chat) a conversation that is not a group is one-to-one.
    place: conversationType === 'personal' || (conversationType === undefined && isGroup !== true) ? 'direct' : 'shared',
    mentionsBot: mentioned.includes(botId),
    mentionsOthers: mentioned.some((id) => id !== botId),
    hasFiles: (activity.attachments ?? []).some(isTeamsFile),
    followsOwnThread: followsThread,
  });
}
