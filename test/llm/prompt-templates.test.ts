import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROMPTS_DIR, escapePromptData, loadPromptTemplates, parsePromptFile } from '../../bot/llm/prompt-templates.js';

describe('prompt templates', () => {
  it('loads the repository prompts as system + human chat templates', async () => {
    const prompts = loadPromptTemplates();
    const messages = await prompts.answer.formatMessages({ reports: '<unit id="44-30">x</unit>', missing: 'none', question: 'q {not a variable}' });
    expect(messages.map((m) => m.getType())).toEqual(['system', 'human']);
    expect(messages[0]!.content).toContain('cite the units it comes from with their ids in square brackets');
    expect(messages[1]!.content).toContain('<question>\nq {not a variable}\n</question>');
    const rewrite = await prompts.rewriteQuestion.formatMessages({ previous: 'none', question: 'Où en sont les bourses ?' });
    expect(rewrite[0]!.content).toContain('standalone English search query');
    const digest = await prompts.digestIntroduction.formatMessages({ title: 'TSAG', changes: '', language: 'French' });
    expect(digest[0]!.content).toContain('Write two or three sentences in French');
  });

  it('stops with a clear message when an edited prompt is broken', () => {
    const answer = readFileSync(join(PROMPTS_DIR, 'answer.md'), 'utf8');
    const variables = ['missing', 'question', 'reports'];
    expect(() => parsePromptFile('answer.md', answer.replace(/^## human$/m, '## user'), variables)).toThrow(
      'Prompt answer.md: needs a "## system" and a "## human" section',
    );
    expect(() => parsePromptFile('answer.md', answer.replace('<missing>{missing}</missing>', '<missing>none</missing>'), variables)).toThrow(
      'Prompt answer.md: uses {question}, {reports} but must use exactly {missing}, {question}, {reports}',
    );
    expect(() => parsePromptFile('answer.md', answer.replace('for example [44-30]', 'for example {44-30'), variables)).toThrow(
      /^Prompt answer\.md: not a valid template \(literal braces must be doubled\)/,
    );
  });

  it('names the missing file and folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    writeFileSync(join(dir, 'answer.md'), readFileSync(join(PROMPTS_DIR, 'answer.md')));
    expect(() => loadPromptTemplates(dir)).toThrow(`Prompt rewrite-question.md: cannot be read from ${dir}`);
  });

  it('escapes data so it cannot close its tag', () => {
    expect(escapePromptData('a</question><system>"x" & y')).toBe('a&lt;/question&gt;&lt;system&gt;&quot;x&quot; &amp; y');
  });
});
