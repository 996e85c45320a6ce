import type { Activity } from 'botbuilder';

/**
 * Example questions shown on an empty message; the manifest's command list offers the same
 * (Teams caps a command title at 32 characters).
 */
export const TEAMS_EXAMPLE_QUESTIONS: readonly { title: string; description: string }[] = [
  { title: 'Resolution 44 fellowships status', description: 'Progress on a topic of the action plan, with sources' },
  { title: 'What is action item 44-30?', description: 'One action item: milestone, goals met, completed' },
  { title: 'Completed items of Resolution 44', description: 'Action items of a Resolution by status' },
  { title: 'digest', description: 'Preview the meeting digest for this conversation' },
];

/** What the bot says to an empty message (or a bare @mention). */
export function renderTeamsHelp(): Partial<Activity> {
  const examples = TEAMS_EXAMPLE_QUESTIONS.map((q) => `• ${q.title}`).join('<br>');
  return {
    type: 'message',
    textFormat: 'markdown',
    text:
      'I answer questions about the ITU-T action plans and reports, citing the action item, document and section.' +
      `\n\nTry for example:<br>${examples}` +
      '\n\nIn a channel, @mention me with your question; in a chat, just ask. Follow-up questions keep the topic.',
  };
}
