/** Small readers over posted Block Kit payloads, so assertions name what a person would see. */

interface LooseBlock {
  type?: string;
  text?: { text?: string };
  elements?: { type?: string; text?: unknown; action_id?: string; value?: string }[];
}

function asBlocks(blocks: unknown): LooseBlock[] {
  return Array.isArray(blocks) ? (blocks as LooseBlock[]) : [];
}

/** The mrkdwn of every section, in order. */
export function sectionTexts(blocks: unknown): string[] {
  return asBlocks(blocks).flatMap((block) => (block.type === 'section' && block.text?.text ? [block.text.text] : []));
}

/** The mrkdwn of every context element, in order. */
export function contextTexts(blocks: unknown): string[] {
  return asBlocks(blocks).flatMap((block) =>
    block.type === 'context' ? (block.elements ?? []).flatMap((e) => (typeof e.text === 'string' ? [e.text] : [])) : [],
  );
}

/** The value carried by the button with this action id. */
export function buttonValue(blocks: unknown, actionId: string): string | undefined {
  for (const block of asBlocks(blocks)) {
    if (block.type !== 'actions') continue;
    const button = block.elements?.find((e) => e.action_id === actionId);
    if (button) return button.value;
  }
  return undefined;
}

/** The value of the 👍 (`up`) or 👎 (`down`) in an answer's native feedback buttons. */
export function feedbackValue(blocks: unknown, rating: 'up' | 'down'): string | undefined {
  for (const block of asBlocks(blocks)) {
    if (block.type !== 'context_actions') continue;
    const element = (block.elements ?? []).find((e) => e.type === 'feedback_buttons') as
      | { positive_button?: { value?: string }; negative_button?: { value?: string } }
      | undefined;
    if (element) return (rating === 'up' ? element.positive_button : element.negative_button)?.value;
  }
  return undefined;
}

/** The source line `fellowshipAnswer()` (FakeAnswerer's 44-30 answer) renders to. */
export const FELLOWSHIP_SOURCE =
  '• Action item *44-30* · Resolution 44 · _Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)_ — ' +
  'Resolution 44 – Bridging the standardization gap between developing and developed countries';
