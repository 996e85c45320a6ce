import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DELIVERY_KEEP_MS } from '../../bot/state/delivery-ledger.js';
import { StateStore } from '../../bot/state/state-store.js';

let dir: string | undefined;
const stores: StateStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function open(): StateStore {
  dir ??= mkdtempSync(join(tmpdir(), 'rapporteur-ledger-'));
  const store = new StateStore(join(dir, 'state.sqlite'));
  stores.push(store);
  return store;
}

describe('DeliveryLedger (in the state store)', () => {
  it('claims a delivery once, by any of its keys', () => {
    const { deliveries } = open();
    expect(deliveries.claim(['slack:event:Ev1', 'slack:message:C1:1.000100'])).toBe(true);
    expect(deliveries.claim(['slack:event:Ev1', 'slack:message:C1:1.000100'])).toBe(false);
    // The same message under another event id (the app_mention/message twin) is a duplicate…
    expect(deliveries.claim(['slack:event:Ev2', 'slack:message:C1:1.000100'])).toBe(false);
    // …and its event id is remembered, so its own retry is one too.
    expect(deliveries.claim(['slack:event:Ev2'])).toBe(false);
    expect(deliveries.claim(['slack:event:Ev3', 'slack:message:C1:2.000100'])).toBe(true);
  });

  it('remembers claims across a reopen of the state file and between two open stores', () => {
    const first = open();
    expect(first.deliveries.claim(['teams:activity:a:1'])).toBe(true);
    first.close();
    const reopened = open();
    const other = open();
    expect(reopened.deliveries.claim(['teams:activity:a:1'])).toBe(false);
    expect(other.deliveries.claim(['teams:activity:a:2'])).toBe(true);
    expect(reopened.deliveries.claim(['teams:activity:a:2'])).toBe(false);
  });

  it('forgets keys claimed more than a day ago', () => {
    const { deliveries } = open();
    const start = Date.UTC(2027, 0, 25, 9);
    expect(deliveries.claim(['old'], start)).toBe(true);
    expect(deliveries.claim(['recent'], start + DELIVERY_KEEP_MS - 1000)).toBe(true);
    expect(deliveries.prune(start + DELIVERY_KEEP_MS + 1)).toBe(1);
    expect(deliveries.claim(['old'], start + DELIVERY_KEEP_MS + 2)).toBe(true);
    expect(deliveries.claim(['recent'], start + DELIVERY_KEEP_MS + 2)).toBe(false);
  });
});
