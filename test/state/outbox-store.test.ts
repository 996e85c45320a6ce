import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { leaseHolderGone, newLeaseOwner, retireLeaseOwner } from '../../bot/outbox/lease-owner.js';
import type { OutboxPost } from '../../bot/state/outbox-store.js';
import { StateStore } from '../../bot/state/state-store.js';

let dir: string | undefined;
const stores: StateStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function file(): string {
  dir ??= mkdtempSync(join(tmpdir(), 'rapporteur-outbox-'));
  return join(dir, 'state.sqlite');
}

function open(): StateStore {
  const store = new StateStore(file());
  stores.push(store);
  return store;
}

const POST: OutboxPost = {
  key: 'digest:TSAG:2027-01-25:7d@09:00:teams:Delegates',
  kind: 'digest',
  channel: 'teams',
  target: 'teams:19:delegates@thread.tacv2',
  conversation: 'teams:19:delegates@thread.tacv2',
  label: 'digest for "TSAG" to Delegates',
  parts: [{ text: 'head' }, { text: 'more' }],
  expiresAt: 2_000_000,
};

describe('outbox store', () => {
  it('records a post once, under its key, whoever decides it again', () => {
    const store = open();
    expect(store.outbox.enqueue(POST, 1000)).toBe(true);
    expect(store.outbox.enqueue({ ...POST, parts: [{ text: 'other' }] }, 2000)).toBe(false);
    expect(open().outbox.get(POST.key)).toMatchObject({ status: 'pending', parts: POST.parts, sentIds: [], attempting: null, nextAttemptAt: 1000 });
  });

  it('lets one owner hold a post at a time, until its lease runs out or its holder is gone', () => {
    const store = open();
    store.outbox.enqueue(POST, 1000);
    const [first, second] = [newLeaseOwner(), newLeaseOwner()];
    expect(store.outbox.claim(POST.key, first, 60_000, 1000, leaseHolderGone)).toBeDefined();
    expect(store.outbox.claim(POST.key, second, 60_000, 2000, leaseHolderGone)).toBeUndefined();
    expect(store.outbox.claim(POST.key, second, 60_000, 61_001, leaseHolderGone)).toBeDefined();
    // The holder stopped (or its process died): its lease is taken over at once.
    retireLeaseOwner(second);
    expect(store.outbox.claim(POST.key, first, 60_000, 62_000, leaseHolderGone)).toBeDefined();
    expect(leaseHolderGone('another-host|1|x')).toBe(false);
    retireLeaseOwner(first);
  });

  it('keeps the parts confirmed and the part whose send was never confirmed, and is sent only when told', () => {
    const store = open();
    store.outbox.enqueue(POST, 1000);
    store.outbox.recordPart(POST.key, 0, '1764500000.000100', 1100);
    store.outbox.markAttempting(POST.key, 1, 1200);
    expect(store.outbox.get(POST.key)).toMatchObject({ status: 'pending', sentIds: ['1764500000.000100'], attempting: 1 });
    store.outbox.markSent(POST.key, 1300);
    expect(store.outbox.get(POST.key)).toMatchObject({ status: 'sent', sentAt: 1300, attempting: null });
  });

  it('requeues the target failures of a conversation when the bot is heard from there, unless they expired', () => {
    const store = open();
    store.outbox.enqueue(POST, 1000);
    store.outbox.enqueue({ ...POST, key: 'late', kind: 'late-answer', expiresAt: 5000 }, 1000);
    store.outbox.enqueue({ ...POST, key: 'refused', kind: 'late-answer' }, 1000);
    store.outbox.markFailed(POST.key, 'target', '403 BotNotInConversationRoster', 1500);
    store.outbox.markFailed('late', 'target', '403 BotNotInConversationRoster', 1500);
    store.outbox.markFailed('refused', 'permanent', '400 BadArgument', 1500);
    store.outbox.flag(POST.conversation, '403 BotNotInConversationRoster', 1500);

    expect(store.outbox.unflag(POST.conversation, 10_000)).toBe(1);
    expect(store.outbox.get(POST.key)).toMatchObject({ status: 'pending', failure: null, attempts: 0, nextAttemptAt: 10_000 });
    expect(store.outbox.get('late')).toMatchObject({ status: 'failed' });
    expect(store.outbox.get('refused')).toMatchObject({ status: 'failed' });
    expect(store.outbox.flagOf(POST.conversation)).toBeUndefined();
    expect(store.outbox.unflag(POST.conversation, 11_000)).toBe(0);
  });

  it('takes digests an earlier version recorded as posted as sent, so an upgrade posts none again', () => {
    const legacy = new Database(file());
    legacy.exec("CREATE TABLE digest_posts (key TEXT PRIMARY KEY, posted_at TEXT NOT NULL); INSERT INTO digest_posts VALUES ('digest:old', '2026-11-01T08:00:00.000Z');");
    legacy.close();
    const store = open();
    expect(store.outbox.get('digest:old')).toMatchObject({ status: 'sent' });
    expect(store.outbox.enqueue({ ...POST, key: 'digest:old' }, 1000)).toBe(false);
  });
});
