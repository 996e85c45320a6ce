import type { types } from '@slack/bolt';
import type { ActionItemCard } from '../../bot/answer.js';
import { escapeMrkdwn, truncateText } from './slack-mrkdwn.js';

/** Slack's limits for a section's text and for each of its fields. */
const SECTION_TEXT_CHARS = 3000;
const FIELD_CHARS = 2000;

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');
const mrkdwn = (text: string, limit: number): types.MrkdwnElement => ({ type: 'mrkdwn', text: truncateText(text, limit) });

/**
 * One action item as Block Kit, Slack's counterpart of the Teams Adaptive Card: the item and
 * its action, its Resolution, milestone and marks as fields, then its latest status. The
 * answer's text leaves these out when the card is shown, so the item appears once.
 */
export function renderSlackActionItemCard(card: ActionItemCard): types.SectionBlock[] {
  return [
    {
      type: 'section',
      text: mrkdwn(`*Action item ${escapeMrkdwn(card.id)}* — ${escapeMrkdwn(card.action)}`, SECTION_TEXT_CHARS),
      fields: [
        mrkdwn(`*Resolution*\n${escapeMrkdwn(`${card.resolution} – ${card.resolutionTitle}`)}`, FIELD_CHARS),
        mrkdwn(`*Milestone*\n${escapeMrkdwn(card.milestone || '—')}`, FIELD_CHARS),
        mrkdwn(`*Periodic goals met*\n${yesNo(card.goalsMet)}`, FIELD_CHARS),
        mrkdwn(`*Completed*\n${yesNo(card.completed)}`, FIELD_CHARS),
      ],
    },
    { type: 'section', text: mrkdwn(`*Latest status*\n${escapeMrkdwn(card.latestStatus)}`, SECTION_TEXT_CHARS) },
  ];
}
