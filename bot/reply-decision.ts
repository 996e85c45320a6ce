/**
 * Whether a chat message is for the bot, and what kind of reply it gets. Channel-neutral: the
 * Slack and Teams adapters first translate their mention markup into a `ChatMessage`, so the
 * same rules hold in both (and are tested once, here).
 */

/** A message as an adapter hands it over, with the channel's markup already translated. */
export interface ChatMessage {
  /** The text with every mention (of the bot and of anyone else) removed (`joinAroundMentions`) and markup decoded. */
  text: string;
  /** `direct`: a one-to-one chat with the bot; `shared`: a channel, its threads, or a group chat. */
  place: 'direct' | 'shared';
  mentionsBot: boolean;
  /** Mentions someone other than the bot: a person, a group, or everyone (`@here`, `@channel`). */
  mentionsOthers: boolean;
  /** Files or images are attached. */
  hasFiles: boolean;
  /**
   * Whether the author replies in a thread (or group chat) where the bot has answered them. A
   * function, so the adapter looks it up only for shared messages that do not mention the bot.
   */
  followsOwnThread: () => boolean;
}

/** Punctuation a removed mention leaves dangling before it ("…fellowships, for @Ana"). */
const DANGLING_BEFORE = new Set([' ', ',', ';', ':', '(', '-', '–', '—', '@', '+']);
/** Words that only introduce the person mentioned next ("for @Ana", "cc @Ana"). */
const INTRODUCING = new Set(['for', 'to', 'cc', 'with', 'and', 'or', 'by', 'from', 'via', 'attn']);
/** Punctuation a removed mention leaves dangling after it ("@Rapporteur: status…"). */
const DANGLING_AFTER = /^[\s,;:.!?)–—-]*/u;

/** Drops the words and punctuation that only introduced the mention following `piece`. */
function withoutIntroduction(piece: string): string {
  // Walks back by index, not with an end-anchored regex, which is quadratic on long runs.
  let end = piece.length;
  for (;;) {
    if (end > 0 && DANGLING_BEFORE.has(piece[end - 1]!)) {
      end -= 1;
      continue;
    }
    const start = piece.lastIndexOf(' ', end - 1) + 1;
    if (end === 0 || !INTRODUCING.has(piece.slice(start, end).toLowerCase())) return piece.slice(0, end);
    end = start;
  }
}

/**
 * Joins the text between a message's mentions (`pieces`, in order, markup already decoded) into
 * the question. A mention says whom a message is for, not what it asks: it goes, and so do the
 * words that only introduced it and the punctuation it leaves dangling, so
 * "status of Res. 44 fellowships, for @Delegate Two" asks "status of Res. 44 fellowships".
 */
export function joinAroundMentions(pieces: readonly string[]): string {
  return pieces
    .map((piece, index) => {
      const text = piece.replace(/\s+/g, ' ');
      const head = index > 0 ? text.replace(DANGLING_AFTER, '') : text;
      return index < pieces.length - 1 ? withoutIntroduction(head) : head;
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What to do with a message: answer it, show help, say one line, or stay silent. */
export type ReplyDecision =
  | { reply: 'answer'; question: string; note?: string }
  | { reply: 'help' }
  | { reply: 'note'; note: string }
  | { reply: 'none'; reason: string };

/** Said under an answer to a message with files, and alone for a file with no question. */
export const ATTACHMENTS_NOT_READ = "I can't open attached files; I answer only the text of a message.";

/**
 * Decides how to reply. Direct messages and mentions of the bot are for it; in shared places a
 * message without a mention is only when it mentions no one else, its author is following up
 * in a thread the bot answered them in, and it reads as a question. Acknowledgements
 * ("thanks", "ok 👍") get no reply anywhere: a reply would only restart the conversation.
 */
export function decideReply(message: ChatMessage): ReplyDecision {
  const addressed = message.place === 'direct' || message.mentionsBot;
  if (!addressed && message.mentionsOthers) return { reply: 'none', reason: 'addressed to someone else' };
  const text = readText(message.text);
  if (!addressed) {
    if (!message.followsOwnThread()) return { reply: 'none', reason: 'not addressed to the bot' };
    if (text.kind !== 'query' || !readsAsQuestion(text.question)) return { reply: 'none', reason: `not a question (${text.kind})` };
  }
  const note = message.hasFiles ? ATTACHMENTS_NOT_READ : undefined;
  if (text.kind === 'query') return { reply: 'answer', question: text.question, ...(note ? { note } : {}) };
  if (note) return { reply: 'note', note };
  if (text.kind === 'acknowledgement') return { reply: 'none', reason: 'acknowledgement' };
  return { reply: 'help' };
}

/** What a message's text amounts to before any retrieval: nothing to ask, thanks, or a query. */
export interface ReadText {
  kind: 'help' | 'acknowledgement' | 'query';
  /** The text to ask, whitespace collapsed; empty unless `kind` is `query`. */
  question: string;
}

/** Pictographs with their modifiers and joiners, and `:shortcode:` emoji as chat clients write them. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0f\u20e3]|(?<!\w):[a-z0-9_+'-]+:/giu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Openings that ask for help rather than ask a question: greetings and "help" itself. */
const HELP_OPENING = /^(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening)|bonjour|hola|help)(?![\p{L}\p{N}])/iu;
/** Openings of acknowledgements, in the languages the bot answers in. */
const ACK_OPENING =
  /^(?:thanks?|thank you|thx|ty|tyvm|cheers|many thanks|much appreciated|appreciated|ok(?:ay|ey)?|kk|alright|all right|got it|understood|noted|cool|great|perfect|excellent|brilliant|awesome|nice|super|wonderful|good|sounds good|makes sense|merci|gracias|danke|спасибо|谢谢|شكرا)(?![\p{L}\p{N}])/iu;
/** After an acknowledgement, a remark this short ("that's what I needed") is still one. */
const ACK_REMARK_WORDS = 5;

/** Classifies a message's text: empty or a greeting asks for help, thanks is an acknowledgement. */
export function readText(text: string): ReadText {
  const question = text.replace(/\s+/g, ' ').trim();
  const words = question.replace(EMOJI, ' ').replace(/\s+/g, ' ').trim();
  if (!HAS_WORD.test(words)) {
    return { kind: question.replace(EMOJI, '') !== question ? 'acknowledgement' : 'help', question: '' };
  }
  for (const [kind, opening] of [
    ['help', HELP_OPENING],
    ['acknowledgement', ACK_OPENING],
  ] as const) {
    const match = opening.exec(words);
    if (!match) continue;
    const rest = words.slice(match[0].length).replace(/^[^\p{L}\p{N}]+/u, '');
    const restWords = rest === '' ? 0 : rest.split(' ').length;
    if (restWords === 0 || (!readsAsQuestion(rest) && (kind === 'help' || restWords <= ACK_REMARK_WORDS))) {
      return { kind, question: '' };
    }
  }
  return { kind: 'query', question };
}

/** Question marks in the scripts the bot answers in (Latin, fullwidth, Arabic). */
const QUESTION_MARK = /[?？؟]/;
/** Interrogatives, and the imperatives and connectives follow-ups open with ("and 2022?", "list …"). */
const QUESTION_OPENING =
  /^(?:(?:please|pls)\s+)?(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|any|and|also|same|list|show|tell|give|explain|summari[sz]e|find|compare|status)(?![\p{L}\p{N}])/iu;
/** An action item (`44-30`, not part of a date) or a Resolution named by number. */
const REPORT_REFERENCE = /(?<![\d-])\d{1,3}[-‐‑–]\d{1,3}(?![\d-])|\b(?:resolution|res\.?)\s*\d{1,3}\b/iu;

/**
 * True when text reads as a question for the bot: it has a question mark, opens like a
 * question or a request, or names an action item or Resolution. "draft goes to the secretariat
 * on Friday" does not; "and interpretation?", "list the completed ones", "44-31 too" do.
 */
export function readsAsQuestion(text: string): boolean {
  const trimmed = text.trim();
  return QUESTION_MARK.test(trimmed) || QUESTION_OPENING.test(trimmed) || REPORT_REFERENCE.test(trimmed);
}
