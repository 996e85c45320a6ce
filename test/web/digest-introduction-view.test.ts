import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestOutline } from '../../bot/digest/digest-outline.js';
import { editedDigest, GUARDED_INTRODUCTION, introducedDigest } from '../digest/introduced-digest.js';
import { serveForTest, type ServedForTest } from '../server/serve-for-test.js';
import { FakeAnswerer } from '../support/fake-answerer.js';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const title = missing
  ? `digest introduction in the playground (SKIPPED: ${CHROMIUM} is missing; install it with: apt-get update && apt-get install -y chromium)`
  : 'digest introduction in the playground (real browser)';

describe.skipIf(missing)(title, () => {
  let browser: Browser;
  const servers: ServedForTest[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    for (const served of servers) await served.server.close();
  });

  /** The digest tab's text, as a reader sees it, with `digestPreview` behind GET /api/digest. */
  async function digestTab(outline: ReturnType<typeof digestOutline>, screenshot?: string): Promise<{ introduction: string[]; header: string }> {
    const served = await serveForTest(new FakeAnswerer(), { digestPreview: async () => outline });
    servers.push(served);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(served.url);
    await page.getByRole('tab', { name: 'Digest preview' }).click();
    const header = page.locator('#digest-body .digest .digest-meeting');
    await header.waitFor();
    const introduction = await header.locator('.digest-introduction p').allTextContents();
    const text = await header.innerText();
    if (screenshot) {
      mkdirSync('test-output', { recursive: true });
      await page.screenshot({ path: `test-output/${screenshot}.png` });
    }
    await page.close();
    return { introduction, header: text };
  }

  it('shows the introduction and its label under the totals', async () => {
    const { digest } = await introducedDigest();
    const { introduction, header } = await digestTab(digestOutline(digest), 'playground-digest-introduction');
    expect(introduction).toEqual([GUARDED_INTRODUCTION, 'Written by a language model from the action-item changes under “What changed”.']);
    expect(header.indexOf(GUARDED_INTRODUCTION)).toBeGreaterThan(header.indexOf('3 changes since the previous editions'));
  });

  it('shows no introduction for a digest without one', async () => {
    const { introduction, header } = await digestTab(digestOutline(editedDigest()));
    expect(introduction).toEqual([]);
    expect(header).not.toContain('language model');
  });
});
