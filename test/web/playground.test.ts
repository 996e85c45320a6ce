import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer, AskContext } from '../../bot/answer.js';
import { digestOutline } from '../../bot/digest/digest-outline.js';
import { DigestService } from '../../bot/digest/digest-service.js';
import { sharedRapporteur } from '../support/shared-rapporteur.js';
import { SEEDS_DIR } from '../support/test-paths.js';
import { serveForTest, type ServedForTest } from '../server/serve-for-test.js';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const title = missing
  ? `playground in a real browser (SKIPPED: ${CHROMIUM} is missing; install it with: apt-get update && apt-get install -y chromium)`
  : 'playground in a real browser';

/** The real pipeline, recording what the page sent so the test can check conversation ids. */
class RecordingAnswerer implements Answerer {
  readonly calls: { question: string; context?: AskContext }[] = [];
  constructor(private readonly inner: Answerer) {}
  ask(question: string, context?: AskContext): Promise<Answer> {
    this.calls.push({ question, context });
    return this.inner.ask(question, context);
  }
}

describe.skipIf(missing)(title, () => {
  let browser: Browser;
  let served: ServedForTest;
  let answerer: RecordingAnswerer;

  beforeAll(async () => {
    answerer = new RecordingAnswerer(await sharedRapporteur());
    // The real digest of the seeds; no calendar file, so it is the "as of today" digest.
    const digests = new DigestService({ seedsDir: SEEDS_DIR, calendarFile: join(SEEDS_DIR, 'no-meetings.json') });
    served = await serveForTest(answerer, { maxQuestionChars: 120, digestPreview: () => digestOutline(digests.digestFor()) });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.server.close();
  });

  /** What a person sees after the answer arrives: the bottom of the page, sticky form included. */
  async function screenshot(page: Page, name: string): Promise<void> {
    mkdirSync('test-output', { recursive: true });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.screenshot({ path: `test-output/${name}.png` });
  }

  async function openPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(served.url);
    await expect.poll(() => page.locator('#server-status').textContent()).toBe('Ready');
    expect(errors).toEqual([]);
    return page;
  }

  it('answers with a 44-30 citation chip that opens to its excerpt, from the keyboard', async () => {
    const page = await openPage();
    const question = page.getByLabel('Your question');
    await expect.poll(() => question.evaluate((node) => node === document.activeElement)).toBe(true);
    await question.fill('status of Resolution 44 fellowships');
    await question.press('Enter');

    const answer = page.locator('.exchange .answer').last();
    await answer.locator('.citation').first().waitFor();
    // The item is shown once, as its card: no text repeats its action, marks or status.
    expect(await answer.locator('.answer-text').count()).toBe(0);
    const card = answer.locator('.card').first();
    expect(await answer.locator('.card').count()).toBe(1);
    expect(await card.locator('.item-id').textContent()).toBe('44-30');
    expect(await card.locator('.card-action').textContent()).toBe(
      'Provision, by the TSB, of fellowships to eligible countries to attend relevant ITU-T meetings.',
    );
    expect(await card.locator('.card-facts').innerText()).toMatch(/MILESTONE\s+Ongoing\s+PERIODIC GOALS MET\s+Yes\s+COMPLETED\s+No/i);

    // One source, the item the answer describes; the near hits apart, collapsed under Related.
    const sources = answer.locator('.sources');
    expect(await sources.locator('h3').textContent()).toBe('Source');
    expect(await sources.locator('.chip-item').allTextContents()).toEqual(['44-30']);
    const related = answer.locator('details.related');
    expect(await related.locator('summary').first().textContent()).toBe('Related (4)');
    // The row after 44-35 without a number of its own (the BSG overview) is an item too.
    expect(await related.locator('.chip-item').allTextContents()).toEqual(['44-01', '44-21', '44-15', 'unnumbered row after 44-35']);
    expect(await related.locator('.citation').first().isVisible()).toBe(false);
    await related.locator('summary').first().click();
    expect(await related.locator('.citation').first().isVisible()).toBe(true);
    expect(await answer.innerText()).not.toMatch(/\d{3}_[0-9a-f]{16}/);

    const citation = sources.locator('.citation');
    const chip = citation.locator('summary');
    expect(await chip.innerText()).toContain('Action Plan for the implementation of WTSA-16 Resolutions and Opinion (2022 edition)');
    const excerpt = citation.locator('.excerpt');
    expect(await excerpt.count()).toBe(1);
    expect(await excerpt.isVisible()).toBe(false);
    await chip.focus();
    await page.keyboard.press('Enter');
    expect(await excerpt.isVisible()).toBe(true);
    expect(await excerpt.textContent()).toContain('due to COVID-19 restrictions, no fellowships were awarded');
    expect(await answer.locator('.request-id').textContent()).toMatch(/^Request [0-9a-f-]{36}$/);
    expect(answerer.calls.at(-1)?.context?.conversationId).toMatch(/^web:[0-9a-f]{32}$/);

    await screenshot(page, 'playground-answer');
    await page.locator('.exchange').last().screenshot({ path: 'test-output/playground-answer-full.png' });
    await page.close();
  });

  it('a greeting gets what the bot does, with no claim to quote the reports', async () => {
    const page = await openPage();
    await page.getByLabel('Your question').fill('hi');
    await page.getByLabel('Your question').press('Enter');
    const answer = page.locator('.exchange .answer').last();
    await answer.locator('.answer-meta').waitFor();
    expect(await answer.innerText()).toMatch(/status of Resolution 44 fellowships/);
    expect(await answer.locator('.answer-meta').innerText()).not.toContain('Quoted from the reports');
    await page.close();
  });

  it('shows a question containing markup as text and runs none of it', async () => {
    const page = await openPage();
    const hostile = '<script>window.__injected = 1</script><img src=x onerror="window.__injected = 2"> fellowships?';
    await page.getByLabel('Your question').fill(hostile);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.locator('.exchange .answer-meta').waitFor();

    expect(await page.locator('.question-bubble p').textContent()).toBe(hostile);
    expect(await page.locator('.exchange script, .exchange img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    await page.close();
  });

  it('shows an abstention with nearby items that ask about themselves', async () => {
    const page = await openPage();
    await page.getByLabel('Your question').fill('What is the status of action item 44-99?');
    await page.getByLabel('Your question').press('Enter');
    const abstention = page.locator('.answer-abstained');
    await abstention.waitFor();
    expect(await abstention.locator('.abstained-note').textContent()).toBe('No confident answer in the reports');
    expect(await abstention.locator('.answer-text p').first().textContent()).toBe('44-99 is not in the reports.');
    const nearby = abstention.locator('.nearest-item');
    const labels = await nearby.allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^Ask about 44-\d\d$/);

    const first = labels[0]!.replace('Ask about ', '');
    await nearby.first().click();
    await expect.poll(() => page.locator('.exchange').count()).toBe(2);
    expect(await page.locator('.question-bubble p').last().textContent()).toBe(`status of action item ${first}`);
    const followUp = page.locator('.exchange').last().locator('.answer');
    await followUp.locator('.card').first().waitFor();
    expect(await followUp.locator('.card .item-id').first().textContent()).toBe(first);
    await screenshot(page, 'playground-abstention');
    await page.close();
  });

  it('explains empty and too-long questions next to the box', async () => {
    const page = await openPage();
    const question = page.getByLabel('Your question');
    await question.press('Enter');
    expect(await page.locator('#ask-error').textContent()).toBe(
      'Type a question first, for example "status of Resolution 44 fellowships".',
    );
    await question.fill('x'.repeat(121));
    await question.press('Enter');
    await expect.poll(() => page.locator('#ask-error').textContent()).toBe(
      'Your question is 121 characters long; please keep it under 120.',
    );
    expect(await question.getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });

  it('shows the digest preview: its first screen, then the full lists, each opened from the keyboard', async () => {
    const page = await openPage();
    await page.getByRole('tab', { name: 'Ask' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Digest preview' }).getAttribute('aria-selected')).toBe('true');
    const digest = page.locator('#digest-body .digest');
    await digest.waitFor();
    expect(await digest.locator('.digest-meeting h3').textContent()).toBe('Digest: Current reports');
    // No meeting is configured: nothing is counted as due at one.
    expect(await digest.locator('.digest-summary').textContent()).toMatch(/^\d+ action items? needs? attention · \d+ overdue · \d+ changes? since the previous editions$/);
    expect(await digest.locator('.digest-warning').textContent()).toMatch(/^⚠️ The newest action plan is dated 1 January 2022, \d+ years ago: its statuses may be out of date\.$/);
    expect(await digest.locator('.digest-editions').textContent()).toContain('1 December 2021 → 1 January 2025');
    expect(await digest.locator('.digest-highlight h4').allTextContents()).toEqual([
      expect.stringMatching(/^\d+ action items need attention$/),
      expect.stringMatching(/^\d+ action items are overdue across \d+ Resolutions$/),
      expect.stringMatching(/^\d+ changes since the previous edition$/),
    ]);
    expect(await digest.locator('.digest-highlight[data-key="changes"] .digest-entry-text').first().textContent()).toBe('“eight area offices” → “nine area offices”');
    expect(await digest.locator('.digest-section summary h3').allTextContents()).toEqual([
      expect.stringMatching(/^Needs attention \(\d+\)$/),
      expect.stringMatching(/^Overdue \(\d+\)$/),
      expect.stringMatching(/^What changed \(\d+\)$/),
      'Counts per Resolution',
    ]);
    const tallies = digest.locator('.digest-section[data-key="tallies"]');
    expect(await tallies.getAttribute('open')).toBeNull();
    await tallies.locator('summary').focus();
    await page.keyboard.press('Enter');
    const resolution44 = tallies.locator('.digest-entry', { hasText: 'Resolution 44' });
    expect(await resolution44.locator('.digest-entry-text').textContent()).toMatch(
      /^\d+ completed · \d+ ongoing · \d+ needs? attention — Bridging the standardization gap/,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/playground-digest.png' });
    await page.close();
  });

  it('shows what a starting server is doing, then Ready', async () => {
    const starting = await serveForTest(answerer, { ready: false });
    try {
      starting.readiness.progress('building the index from the seeds');
      const page = await browser.newPage();
      await page.goto(starting.url);
      const status = page.locator('#server-status');
      await expect.poll(() => status.textContent()).toBe('Building the index from the seeds…');
      expect(await status.getAttribute('data-state')).toBe('starting');
      starting.readiness.markReady();
      // The page checks every 3 s while the server starts.
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Ready');
      await page.close();
    } finally {
      await starting.server.close();
    }
  });

  it('says clearly when the server has no digest preview', async () => {
    const page = await openPage();
    await page.route('**/api/digest', (route) =>
      route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"No such API: GET /api/digest"}' }),
    );
    await page.getByRole('tab', { name: 'Digest preview' }).click();
    const notice = page.locator('#digest-body .notice-title');
    await notice.waitFor();
    expect(await notice.textContent()).toBe('Digest previews are not available on this server yet.');
    expect(await page.locator('#digest-body').innerText()).toContain('GET /api/digest answered 404');
    await page.close();
  });
});
