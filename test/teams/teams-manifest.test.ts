import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TEAMS_EXAMPLE_QUESTIONS } from '../../adapters/teams/teams-help.js';

const MANIFEST_DIR = join(import.meta.dirname, '../../adapters/teams/manifest');

interface Png {
  width: number;
  height: number;
  /** RGBA pixels, row by row. */
  pixels: Buffer;
}

/** Reads an 8-bit RGBA, non-interlaced PNG whose rows use filter 0 (as the icons are written). */
function readPng(file: string): Png {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString('ascii', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9], body[12]]).toEqual([8, 6, 0]);
    }
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rows = Array.from({ length: height }, (_, y) => raw.subarray(y * (1 + width * 4), (y + 1) * (1 + width * 4)));
  expect(rows.every((row) => row[0] === 0)).toBe(true);
  return { width, height, pixels: Buffer.concat(rows.map((row) => row.subarray(1))) };
}

describe('Teams app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8'));

  it('uses schema 1.17 or later, with the app id placeholders to fill in', () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(manifest.id).toBe('{{MicrosoftAppId}}');
    expect(manifest.bots[0].botId).toBe('{{MicrosoftAppId}}');
  });

  it('offers the bot in personal chats, teams and group chats, with the help examples as commands', () => {
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0].commandLists[0].commands).toEqual(TEAMS_EXAMPLE_QUESTIONS);
    for (const command of TEAMS_EXAMPLE_QUESTIONS) expect(command.title.length).toBeLessThanOrEqual(32);
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = readPng(join(MANIFEST_DIR, manifest.icons.color));
    expect([color.width, color.height]).toEqual([192, 192]);

    const outline = readPng(join(MANIFEST_DIR, manifest.icons.outline));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const kinds = new Set<string>();
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      kinds.add(a === 0 ? 'transparent' : r === 255 && g === 255 && b === 255 ? 'white' : 'other');
    }
    expect([...kinds].sort()).toEqual(['transparent', 'white']);
  });
});
