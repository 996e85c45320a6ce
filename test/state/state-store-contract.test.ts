import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { leaseHolderGone, newLeaseOwner, retireLeaseOwner } from '../../bot/outbox/lease-owner.js';
import { DELIVERY_KEEP_MS } from '../../bot/state/delivery-keeping.js';
import type { OutboxPost } from '../../bot/state/outbox-store.js';
import { postgresSuiteTitle } from '../support/test-database.js';
import { stateBackends } from './state-backends.js';

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

for (const backend of stateBackends()) {
  const title = backend.name === 'postgres' ? postgresSuiteTitle('state store contract on PostgreSQL') : 'state store contract on SQLite';
  describe.skipIf(!backend.available)(title, () => {
    it('claims a delivery once, by any of its keys', async () => {
      const { deliveries } = await backend.open();
      expect(await deliveries.claim(['slack:event:Ev1', 'slack:message:C1:1.000100'])).toBe(true);
      expect(await deliveries.claim(['slack:event:Ev1', 'slack:message:C1:1.000100'])).toBe(false);
      // The same message under another event id (the app_mention/message twin) is a duplicate…
      expect(await deliveries.claim(['slack:event:Ev2', 'slack:message:C1:1.000100'])).toBe(false);
      // …and its event id is remembered, so its own retry is one too.
      expect(await deliveries.claim(['slack:event:Ev2'])).toBe(false);
      expect(await deliveries.claim(['slack:event:Ev3', 'slack:message:C1:2.000100'])).toBe(true);
    });

    it('shares claims between two open stores (two processes), and one of many racing claims wins', async () => {
      const [first, other] = [await backend.open(), await backend.open()];
      expect(await first.deliveries.claim(['teams:activity:a:1'])).toBe(true);
      expect(await other.deliveries.claim(['teams:activity:a:1'])).toBe(false);
      const race = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? first : other).deliveries.claim(['teams:activity:a:2'])));
      expect(race.filter(Boolean)).toHaveLength(1);
    });

    it('forgets keys claimed more than a day ago', async () => {
      const { deliveries } = await backend.open();
      const start = Date.UTC(2027, 0, 25, 9);
      expect(await deliveries.claim(['old'], start)).toBe(true);
      expect(await deliveries.claim(['recent'], start + DELIVERY_KEEP_MS - 1000)).toBe(true);
      expect(await deliveries.prune(start + DELIVERY_KEEP_MS + 1)).toBe(1);
      expect(await deliveries.claim(['old'], start + DELIVERY_KEEP_MS + 2)).toBe(true);
      expect(await deliveries.claim(['recent'], start + DELIVERY_KEEP_MS + 2)).toBe(false);
    });

    it('records an outbox post once, under its key, whoever decides it again', async () => {
      const store = await backend.open();
      expect(store.outbox.enqueue(POST, 1000)).toBe(true);
      expect(store.outbox.enqueue({ ...POST, parts: [{ text: 'other' }] }, 2000)).toBe(false);
      await store.flush();
      const other = await backend.open();
      // A second process: its view knows the digest from the start, and its own record is a no-op.
      expect(other.outbox.get(POST.key)).toMatchObject({ status: 'pending' });
      other.outbox.enqueue({ ...POST, parts: [{ text: 'third' }] }, 3000);
      expect(await other.outbox.read(POST.key)).toMatchObject({ status: 'pending', parts: POST.parts, sentIds: [], attempting: null, nextAttemptAt: 1000 });
    });

    it('lets one owner hold a post at a time, until its lease runs out or its holder is gone', async () => {
      const store = await backend.open();
      const other = await backend.open();
      store.outbox.enqueue(POST, 1000);
      const [first, second] = [newLeaseOwner(), newLeaseOwner()];
      expect(await store.outbox.claim(POST.key, first, 60_000, 1000, leaseHolderGone)).toBeDefined();
      expect(await other.outbox.claim(POST.key, second, 60_000, 2000, leaseHolderGone)).toBeUndefined();
      expect(await other.outbox.claim(POST.key, second, 60_000, 61_001, leaseHolderGone)).toBeDefined();
      // The holder stopped (or its process died): its lease is taken over at once.
      retireLeaseOwner(second);
      expect(await store.outbox.claim(POST.key, first, 60_000, 62_000, leaseHolderGone)).toBeDefined();
      expect(leaseHolderGone('another-host|1|x')).toBe(false);
      // Another container on this host may run as the same pid: its owner is not this process's.
      expect(leaseHolderGone(`${hostname()}|${process.pid}|not-made-here`)).toBe(false);
      retireLeaseOwner(first);
    });

    it('gives a free post to exactly one of many owners claiming at once', async () => {
      const stores = [await backend.open(), await backend.open()];
      stores[0]!.outbox.enqueue(POST, 1000);
      await stores[0]!.flush();
      const owners = Array.from({ length: 10 }, () => newLeaseOwner());
      const claims = await Promise.all(owners.map((owner, i) => stores[i % 2]!.outbox.claim(POST.key, owner, 60_000, 1000, leaseHolderGone)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      owners.forEach(retireLeaseOwner);
    });

    it('keeps the parts confirmed and the part whose send was never confirmed, and is sent only when told', async () => {
      const store = await backend.open();
      store.outbox.enqueue(POST, 1000);
      await store.outbox.recordPart(POST.key, 0, '1764500000.000100', 1100);
      await store.outbox.markAttempting(POST.key, 1, 1200);
      expect(await store.outbox.read(POST.key)).toMatchObject({ status: 'pending', sentIds: ['1764500000.000100'], attempting: 1 });
      expect(await store.outbox.due(1300)).toEqual([POST.key]);
      await store.outbox.markSent(POST.key, 1300);
      expect(await store.outbox.read(POST.key)).toMatchObject({ status: 'sent', sentAt: 1300, attempting: null });
      expect(store.outbox.get(POST.key)).toMatchObject({ status: 'sent' });
      expect(await store.outbox.pending()).toEqual([]);
    });

    it('requeues the target failures of a conversation when the bot is heard from there, unless they expired', async () => {
      const store = await backend.open();
      store.outbox.enqueue(POST, 1000);
      store.outbox.enqueue({ ...POST, key: 'late', kind: 'late-answer', expiresAt: 5000 }, 1000);
      store.outbox.enqueue({ ...POST, key: 'refused', kind: 'late-answer' }, 1000);
      await store.outbox.markFailed(POST.key, 'target', '403 BotNotInConversationRoster', 1500);
      await store.outbox.markFailed('late', 'target', '403 BotNotInConversationRoster', 1500);
      await store.outbox.markFailed('refused', 'permanent', '400 BadArgument', 1500);
      await store.outbox.flag(POST.conversation, '403 BotNotInConversationRoster', 1500);
      expect(await store.outbox.flagOf(POST.conversation)).toEqual({ reason: '403 BotNotInConversationRoster', flaggedAt: 1500 });

      expect(await store.outbox.unflag(POST.conversation, 10_000)).toBe(1);
      expect(await store.outbox.read(POST.key)).toMatchObject({ status: 'pending', failure: null, attempts: 0, nextAttemptAt: 10_000 });
      expect(await store.outbox.read('late')).toMatchObject({ status: 'failed' });
      expect(await store.outbox.read('refused')).toMatchObject({ status: 'failed' });
      expect(await store.outbox.flagOf(POST.conversation)).toBeUndefined();
      expect(await store.outbox.unflag(POST.conversation, 11_000)).toBe(0);
    });

    it('keeps answers, askers, feedback, topics and conversations, seen by a second process', async () => {
      const store = await backend.open();
      const id = store.saveAnswer({ channel: 'slack', conversationId: 'slack:C1:1.0', question: 'status of 44-30?', answer: { text: 'Ongoing' } });
      store.addAsker('slack:C1:1.0', 'U1');
      store.recordFeedback({ channel: 'slack', userId: 'U1', question: 'status of 44-30?', answer: 'Ongoing', rating: 'up' });
      store.setTopic('slack:C1:1.0', { resolution: '44' });
      store.saveConversation({ id: 'teams:19:a', channel: 'teams', name: 'Delegates', reference: { conversation: { id: '19:a' } } });
      expect(store.getTopic('slack:C1:1.0')).toEqual({ resolution: '44' });
      expect(store.listConversations('teams').map((c) => c.name)).toEqual(['Delegates']);
      await store.flush();

      const other = await backend.open();
      expect(await other.getAnswer(id)).toEqual({ id, channel: 'slack', conversationId: 'slack:C1:1.0', question: 'status of 44-30?', answer: { text: 'Ongoing' } });
      expect(await other.getAnswer('nope')).toBeUndefined();
      expect(await other.isAsker('slack:C1:1.0', 'U1')).toBe(true);
      expect(await other.isAsker('slack:C1:1.0', 'U2')).toBe(false);
      expect(await other.loadTopic('slack:C1:1.0')).toEqual({ resolution: '44' });
      expect(other.getConversation('teams:19:a')).toMatchObject({ name: 'Delegates', reference: { conversation: { id: '19:a' } } });
      const feedback = await other.listFeedback();
      expect(feedback).toMatchObject([{ channel: 'slack', userId: 'U1', rating: 'up', question: 'status of 44-30?' }]);
      expect(feedback[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      other.removeConversation('teams:19:a');
      expect(other.listConversations()).toEqual([]);
    });

    it('keeps Slack installations', async () => {
      const installations = (await backend.open()).openInstallations();
      const install = { teamId: 'T1', enterpriseId: null, isEnterpriseInstall: false, botToken: 'xoxb-1', botUserId: 'UB', botId: 'B1', installerUserId: 'U1', scopes: ['chat:write'], raw: { a: 1 } };
      await installations.save(install);
      await installations.save({ ...install, botToken: 'xoxb-2' });
      expect(await installations.find({ teamId: 'T1', isEnterpriseInstall: false })).toEqual({ ...install, botToken: 'xoxb-2' });
      expect(await installations.delete({ teamId: 'T1', isEnterpriseInstall: false })).toBe(true);
      expect(await installations.find({ teamId: 'T1', isEnterpriseInstall: false })).toBeUndefined();
      installations.close();
    });

    it.skipIf(backend.name !== 'sqlite')('takes digests an earlier version recorded as posted as sent, so an upgrade posts none again', async () => {
      const legacy = new Database(backend.file!());
      legacy.exec("CREATE TABLE digest_posts (key TEXT PRIMARY KEY, posted_at TEXT NOT NULL); INSERT INTO digest_posts VALUES ('digest:old', '2026-11-01T08:00:00.000Z');");
      legacy.close();
      const store = await backend.open();
      expect(store.outbox.get('digest:old')).toMatchObject({ status: 'sent' });
      expect(store.outbox.enqueue({ ...POST, key: 'digest:old' }, 1000)).toBe(false);
    });
  });
}
