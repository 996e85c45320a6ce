import { describe, expect, it } from 'vitest';
import { GuardedStream } from '../../bot/llm/guarded-stream.js';

/** A guard that refuses any prefix naming 44-99 in prose and drops a bracketed [44-98]. */
const check = (text: string): string | undefined => (/item 44-99/.test(text) ? undefined : text.replace(' [44-98]', ''));

async function streamed(pieces: string[], finalText?: string): Promise<string[]> {
  const shown: string[] = [];
  const stream = new GuardedStream(check, async (delta) => void shown.push(delta));
  for (const piece of pieces) await stream.push(piece);
  if (finalText !== undefined) await stream.finish(finalText);
  return shown;
}

describe('GuardedStream: only what the guard cleared goes out', () => {
  it('passes on whole sentences, never a citation still open', async () => {
    const pieces = ['Fellowships continue [44', '-30]', '. None were', ' awarded.'];
    expect(await streamed(pieces)).toEqual(['Fellowships continue [44-30].']);
    expect(await streamed(pieces, pieces.join(''))).toEqual(['Fellowships continue [44-30].', ' None were awarded.']);
    expect(await streamed(['Fellowships continue [44-30. More'])).toEqual([]);
  });

  it('shows a sentence as the guard writes it, and the rest of the final text at the end', async () => {
    expect(await streamed(['Ongoing [44-98]. Still', ' going'], 'Ongoing. Still going')).toEqual(['Ongoing.', ' Still going']);
  });

  it('stops at a sentence the guard refuses, and shows nothing after it', async () => {
    const pieces = ['Ongoing [44-30]. ', 'See action item 44-99. ', 'More text. '];
    expect(await streamed(pieces, 'Ongoing [44-30].')).toEqual(['Ongoing [44-30].']);
  });

  it('stops when the guard rewrites what was already shown', async () => {
    const shown = await streamed(['One [44-30]. Two. '], 'One. Two.');
    expect(shown).toEqual(['One [44-30]. Two.']);
  });
});
