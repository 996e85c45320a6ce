/**
 * Coded errors, in bolt-js's manner: every failure a user can meet has a code and a message
 * that says how to fix it. Retrieval is the lowest layer, so the codes live here.
 */
export enum ErrorCode {
  IndexMissing = 'rapporteur_index_missing',
  IndexCorrupt = 'rapporteur_index_corrupt',
  IndexStale = 'rapporteur_index_stale',
  SeedsMissing = 'rapporteur_seeds_missing',
  QuestionInvalid = 'rapporteur_question_invalid',
  ConfigInvalid = 'rapporteur_config_invalid',
  EmbedderUnavailable = 'rapporteur_embedder_unavailable',
  CalendarInvalid = 'rapporteur_calendar_invalid',
  /** A digest was asked for a meeting the calendar does not list. */
  MeetingUnknown = 'rapporteur_meeting_unknown',
  /** The server is up but the index is still loading (or the server is shutting down). */
  NotReady = 'rapporteur_not_ready',
  /** A proactive post names a conversation the bot has no reference for (never added, or removed). */
  ConversationUnknown = 'rapporteur_conversation_unknown',
  Unknown = 'rapporteur_unknown_error',
}

export class RapporteurError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RapporteurError';
  }
}

/** Wraps anything thrown into a RapporteurError so every handler sees one shape. */
export function asRapporteurError(error: unknown): RapporteurError {
  if (error instanceof RapporteurError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new RapporteurError(ErrorCode.Unknown, message, { cause: error });
}
