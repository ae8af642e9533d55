// A posting's closing date, where the visitor is: a date-only `closesAt` closes at the end of
// that calendar day in the visitor's time zone, as the card and the detail view print it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isClosed, parseDate } from '../../src/data/filter-jobs.js';
import { readDate } from '../../src/data/betagouv/dates.js';
import { betagouvPostingToDraft } from '../../src/data/betagouv/posting.js';
import type { Job } from '../../src/data/job.js';

const job = (closesAt: string): Job => ({
  id: 'a',
  title: 'Poste A',
  locations: [],
  tags: [],
  open: true,
  closesAt,
});

describe('isClosed and time zones', () => {
  const zone = process.env.TZ;
  after(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  /** Node reads TZ again when it changes; the offset proves the zone is in effect. */
  function inZone(name: string, novemberOffsetMinutes: number) {
    process.env.TZ = name;
    assert.equal(
      new Date(2026, 10, 28).getTimezoneOffset(),
      novemberOffsetMinutes,
      `time zone ${name} is not in effect`,
    );
  }

  for (const [name, offset, suffix] of [
    ['Pacific/Tahiti', 600, '-10:00'],
    ['Europe/Paris', -60, '+01:00'],
    ['Pacific/Kiritimati', -840, '+14:00'],
  ] as const) {
    it(`closes a date at the end of that day in ${name}, not at a UTC hour`, () => {
      inZone(name, offset);
      const closing = job('2026-11-28');
      assert.equal(isClosed(closing, Date.parse(`2026-11-28T00:00:00${suffix}`)), false);
      assert.equal(isClosed(closing, Date.parse(`2026-11-28T23:59:59${suffix}`)), false);
      assert.equal(isClosed(closing, Date.parse(`2026-11-29T00:00:00${suffix}`)), true);
    });
  }

  it('keeps the last day whole on the day clocks go back or forward', () => {
    inZone('Europe/Paris', -60);
    // Summer time ends on 2026-10-25 (a 25-hour day) and starts on 2026-03-29 (23 hours).
    assert.equal(isClosed(job('2026-10-25'), Date.parse('2026-10-25T23:30:00+01:00')), false);
    assert.equal(isClosed(job('2026-10-25'), Date.parse('2026-10-26T00:00:00+01:00')), true);
    assert.equal(isClosed(job('2026-03-29'), Date.parse('2026-03-29T23:30:00+02:00')), false);
    assert.equal(isClosed(job('2026-03-29'), Date.parse('2026-03-30T00:00:00+02:00')), true);
  });

  it('takes a date with a time as that instant, whatever the zone', () => {
    inZone('Pacific/Tahiti', 600);
    const exact = job('2026-11-28T12:00:00Z');
    assert.equal(isClosed(exact, Date.parse('2026-11-28T11:59:59Z')), false);
    assert.equal(isClosed(exact, Date.parse('2026-11-28T12:00:00Z')), true);
    assert.equal(parseDate('2026-11-28')?.getDate(), 28);
    assert.equal(isClosed(job('pas une date'), Date.now()), false);
  });

  for (const [name, offset] of [
    ['Europe/Paris', -60],
    ['Pacific/Tahiti', 600],
  ] as const) {
    it(`reads a beta.gouv.fr date the same way in ${name}: day first, no other form guessed`, () => {
      inZone(name, offset);
      assert.equal(readDate('06/03/2024'), '2024-03-06');
      assert.equal(readDate('06-03-2024'), '2024-03-06');
      assert.equal(readDate('2024-03-06'), '2024-03-06');
      // Read by Date.parse, this was midnight where the machine is: 5 March in UTC from Paris.
      assert.equal(readDate('6 mars 2024'), undefined);
      assert.equal(readDate('March 6, 2024'), undefined);
      const draft = betagouvPostingToDraft(
        { title: 'Poste', date: '06/03/2024', depublication_date: '6 mars 2024' },
        { now: new Date('2024-04-01T00:00:00Z') },
      );
      assert.equal(draft.publishedAt, '2024-03-06');
      assert.equal(draft.closesAt, undefined);
      assert.equal(draft.open, true);
    });
  }

  it('closes a beta.gouv.fr posting by the same rule: its last day is whole where the visitor is', () => {
    // 00:30 UTC on the 29th: the 28th is over in Paris, not in Tahiti (14:30 there).
    const now = new Date('2026-11-29T00:30:00Z');
    for (const field of ['depublication_date', 'poste_ferme', 'poste_pourvu']) {
      const draft = betagouvPostingToDraft({ title: 'Poste', [field]: '2026-11-28' }, { now });
      assert.equal(draft.open, true, `${field}: not over everywhere yet`);
      assert.equal(draft.closesAt, '2026-11-28', field);
      const read = { ...job('2026-11-28'), open: draft.open as boolean };
      inZone('Pacific/Tahiti', 600);
      assert.equal(isClosed(read, now.getTime()), false, `${field} in Tahiti`);
      inZone('Europe/Paris', -60);
      assert.equal(isClosed(read, now.getTime()), true, `${field} in Paris`);
    }
    // Once the day is over everywhere (noon UTC the next day), the posting itself is closed.
    const over = betagouvPostingToDraft(
      { title: 'Poste', depublication_date: '2026-11-28' },
      { now: new Date('2026-11-29T12:00:00Z') },
    );
    assert.equal(over.open, false);
  });
});
