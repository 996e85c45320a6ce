import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { DigestScheduler } from '../../bot/digest/digest-scheduler.js';
import type { SlackHarness } from '../slack/slack-harness.js';
import type { TeamsHarness } from '../teams/teams-harness.js';

/** What a digest channel test starts; whatever is set is stopped after each test. */
export interface ChannelTestContext {
  /** A fresh `meetings.json` path in a temp folder, per test. */
  calendarFile: string;
  teams?: TeamsHarness;
  slack?: SlackHarness;
  scheduler?: DigestScheduler;
}

/** Registers the per-test temp folder and the teardown of harnesses and scheduler. */
export function useChannelTestContext(prefix: string): ChannelTestContext {
  const context = { calendarFile: '' } as ChannelTestContext;
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    context.calendarFile = join(dir, 'meetings.json');
  });
  afterEach(async () => {
    await context.scheduler?.stop();
    await context.teams?.close();
    await context.slack?.close();
    context.scheduler = context.teams = context.slack = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  return context;
}
