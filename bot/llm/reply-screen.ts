/**
 * What no model answer may carry: text posing as another turn of the conversation (a role
 * line, a chat template token, an instruction header), text steering the reader's own tools
 * ("ignore all previous instructions"), or names of the bot's configuration. A reply that
 * does was steered by something in its input, whatever else it says, so it is not shown.
 */

/** Why a reply was refused, for the logs. */
export interface ScreenedReply {
  reason: 'instruction-markers' | 'configuration';
  /** The text that matched, as the model wrote it. */
  match: string;
}

const INSTRUCTION_MARKERS: RegExp[] = [
  // "SYSTEM: …", "assistant:", "> User:" at the start of a line.
  /^[\s>*_#`-]*(?:system|assistant|user|developer|human|tool)\s*:/imu,
  // Upper-case role names anywhere: "… SYSTEM: ignore …".
  /\b(?:SYSTEM|ASSISTANT|DEVELOPER|USER)\s*:/u,
  // Chat template tokens: <|im_start|>, [INST], <<SYS>>, <system>.
  /<\|[^|>\n]{1,40}\|>|\[\/?INST\]|<<\/?SYS>>|<\/?(?:system|assistant|user)>/iu,
  // Markdown instruction headers: "### Instruction", "## System".
  /^\s*#{1,6}\s*(?:instructions?|system|response|input|context|prompt)\b/imu,
  // Overrides, in the six languages where they are common.
  /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:(?:the|your|my|of\s+the)\s+)?(?:previous|prior|above|earlier|preceding|system|former)\s+(?:instructions?|prompts?|rules|messages?|directions?)/iu,
  /\byou\s+are\s+now\b|\bnew\s+instructions?\s*:/iu,
  /\bignor(?:e[rz]?|a)\s+(?:toutes\s+|todas\s+)?(?:les|las)\s+instruc(?:tions|ciones)/iu,
  /игнорир\S*\s+(?:все\s+)?(?:предыдущие\s+)?инструкци/iu,
];

const CONFIGURATION: RegExp[] = [
  /\bsystem\s+(?:prompt|message|instructions?)s?\b|\bprompt\s+syst[eè]me\b|\binvite\s+syst[eè]me\b/iu,
  /\bAPI[\s_-]?(?:keys?|tokens?|secrets?)\b|\b(?:cl[ée]s?|claves?)\s+(?:d['’]\s*|de\s+(?:la\s+)?)?API\b|\bключ\S*\s+API\b/iu,
  /\benvironment\s+variables?\b|\bvariables?\s+d['’]environnement\b|\bvariables?\s+de\s+entorno\b/iu,
  // Variable names: OPENAI_API_KEY, SLACK_BOT_TOKEN, LLM_PROVIDER, MicrosoftAppPassword.
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|URL|PROVIDER|MODEL|DIR|FILE|ID)\b/u,
  /\bMicrosoftApp(?:Id|Password|Type|TenantId)\b/u,
  // Secrets by their shape: OpenAI keys, Slack tokens, bearer headers.
  /\b(?:sk|xox[abpre]|xapp)-[A-Za-z0-9-]{6,}|\bBearer\s+[A-Za-z0-9._~+/-]{12,}/u,
];

/** The first marker of a steered reply, or `undefined` when the reply may be shown. */
export function screenReply(reply: string): ScreenedReply | undefined {
  for (const [reason, patterns] of [
    ['instruction-markers', INSTRUCTION_MARKERS],
    ['configuration', CONFIGURATION],
  ] as const) {
    for (const pattern of patterns) {
      const found = pattern.exec(reply);
      if (found) return { reason, match: found[0].trim() };
    }
  }
  return undefined;
}
