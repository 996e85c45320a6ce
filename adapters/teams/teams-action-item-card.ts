import type { Attachment } from 'botbuilder';
import type { ActionItemCard } from '../../bot/answer.js';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

/**
 * An Adaptive Card (schema 1.5, which Teams renders) with one action item's milestone and
 * progress, so the status can be read at a glance under the cited answer.
 */
export function renderActionItemCard(card: ActionItemCard): Attachment {
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: `Action item ${card.id}`, weight: 'Bolder', size: 'Medium' },
        { type: 'TextBlock', text: card.action, wrap: true },
        {
          type: 'FactSet',
          facts: [
            { title: 'Resolution', value: `${card.resolution} – ${card.resolutionTitle}` },
            { title: 'Milestone', value: card.milestone || '—' },
            { title: 'Periodic goals met', value: yesNo(card.goalsMet) },
            { title: 'Completed', value: yesNo(card.completed) },
          ],
        },
        ...(card.latestStatus
          ? [{ type: 'TextBlock', text: card.latestStatus, wrap: true, isSubtle: true, spacing: 'Medium' }]
          : []),
      ],
    },
  };
}
