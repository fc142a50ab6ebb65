import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutes,
  clockAt,
  daysInMonth,
  lightAt,
  parseHourMinute,
  parseLocalDateTime,
  turnOfTurns,
  turnTime,
} from '../../src/engine/time';
import type { ClockSetup } from '../../src/engine/types';

const clock = (o: Partial<ClockSetup> = {}): { clock: ClockSetup } => ({
  clock: {
    start: '1939-07-02T18:00',
    minutesPerTurn: 60,
    turns: 24,
    sunrise: '04:30',
    sunset: '20:00',
    weather: [],
    firstSide: 'japanese',
    ...o,
  },
});

describe('clockAt: turn → time and light (hourly turns from 18:00 on 2 July, sunrise 04:30, sunset 20:00)', () => {
  const setup = clock();
  // Light is judged at the turn's middle (start + 30 minutes); twilight is sunrise/sunset ± 30 minutes.
  const table: Array<[number, string, string]> = [
    [1, '1939-07-02T18:00', 'day'], // 18:30 mid
    [2, '1939-07-02T19:00', 'dusk'], // 19:30 mid: the half-hour before sunset
    [3, '1939-07-02T20:00', 'night'], // 20:30 mid: twilight ends at sunset + 30 minutes
    [4, '1939-07-02T21:00', 'night'],
    [7, '1939-07-03T00:00', 'night'], // across midnight
    [10, '1939-07-03T03:00', 'night'], // 03:30 mid
    [11, '1939-07-03T04:00', 'dusk'], // 04:30 mid: dawn twilight
    [12, '1939-07-03T05:00', 'day'], // 05:30 mid: 05:00 is where day begins
    [24, '1939-07-03T17:00', 'day'],
  ];
  it.each(table)('turn %i starts %s in %s light', (turn, time, light) => {
    const c = clockAt(setup, turn);
    expect(c.time).toBe(time);
    expect(c.light).toBe(light);
    expect(c.date).toBe(time.slice(0, 10));
    expect(c.hourMinute).toBe(time.slice(11));
  });

  it('tells dawn from dusk for the clock panel', () => {
    expect([2, 3, 4, 11, 12].map((t) => clockAt(setup, t).phase)).toEqual(['dusk', 'night', 'night', 'dawn', 'day']);
  });

  it('gives the clock panel its strings', () => {
    expect(turnTime(setup, 4)).toBe('2 July 1939, 21:00');
    expect(turnTime(setup, 7)).toBe('3 July 1939, 00:00');
    expect(turnOfTurns(setup, 3)).toBe('Turn 3 of 24');
  });

  it('sees far by day, less at twilight and sharply less at night; aircraft fly only by day and twilight', () => {
    const day = clockAt(setup, 1);
    const dusk = clockAt(setup, 2);
    const night = clockAt(setup, 5);
    expect(day.visibilityMetres).toBeGreaterThanOrEqual(2000);
    expect(dusk.visibilityMetres).toBeGreaterThanOrEqual(700);
    expect(dusk.visibilityMetres).toBeLessThanOrEqual(1000);
    expect(night.visibilityMetres).toBeGreaterThanOrEqual(200);
    expect(night.visibilityMetres).toBeLessThanOrEqual(400);
    expect(day.visibilityMetres).toBeGreaterThanOrEqual(night.visibilityMetres * 5);
    expect([day.flying, dusk.flying, night.flying]).toEqual([true, true, false]);
  });
});

describe('clockAt across month and year ends', () => {
  it.each([
    ['1939-05-31T22:00', 120, 2, '1939-06-01T00:00'],
    ['1939-06-30T23:30', 60, 2, '1939-07-01T00:30'],
    ['1939-08-31T20:00', 240, 3, '1939-09-01T04:00'],
    ['1939-02-28T23:00', 60, 2, '1939-03-01T00:00'], // 1939 is not a leap year
    ['1940-02-28T23:00', 60, 2, '1940-02-29T00:00'],
    ['1939-12-31T23:00', 120, 2, '1940-01-01T01:00'],
    ['1939-08-20T05:45', 180, 33, '1939-08-24T05:45'], // 32 three-hour turns = 4 days
  ])('%s + %i min × (turn %i − 1) = %s', (start, minutesPerTurn, turn, expected) => {
    expect(clockAt(clock({ start, minutesPerTurn }), turn).time).toBe(expected);
  });

  it('agrees with a day-by-day count over many random offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 1440 }), (minutes) => {
        const start = { year: 1939, month: 5, day: 28, hour: 3, minute: 15 };
        const got = addMinutes(start, minutes);
        // Reference: step one day at a time.
        let { year, month, day } = start;
        const total = 3 * 60 + 15 + minutes;
        for (let d = 0; d < Math.floor(total / 1440); d++) {
          day++;
          if (day > daysInMonth(year, month)) {
            day = 1;
            month++;
            if (month > 12) {
              month = 1;
              year++;
            }
          }
        }
        expect(got).toEqual({ year, month, day, hour: Math.floor((total % 1440) / 60), minute: total % 60 });
      }),
    );
  });
});

describe('sunrise and sunset boundaries', () => {
  const sunrise = 4 * 60 + 30;
  const sunset = 20 * 60;
  it.each([
    ['03:59', 'night'],
    ['04:00', 'dusk'],
    ['04:59', 'dusk'],
    ['05:00', 'day'],
    ['19:29', 'day'],
    ['19:30', 'dusk'],
    ['20:29', 'dusk'],
    ['20:30', 'night'],
    ['00:00', 'night'],
  ])('%s is %s', (hm, light) => {
    expect(lightAt(parseHourMinute(hm)!, sunrise, sunset)).toBe(light);
  });

  it('judges a long turn by its middle: a 3-hour turn from 18:00 with sunset at 20:00 is dusk', () => {
    expect(clockAt(clock({ start: '1939-07-02T18:00', minutesPerTurn: 180 }), 1).light).toBe('dusk');
    expect(clockAt(clock({ start: '1939-07-02T12:00', minutesPerTurn: 180 }), 1).light).toBe('day');
  });
});

describe('weather windows', () => {
  const storm = { id: 'storm', name: 'Thunderstorm', fromTurn: 4, toTurn: 6, visibilityMetres: 20, flying: false };
  const setup = clock({ start: '1939-07-02T12:00', weather: [storm] });
  it('the storm of 2–3 July cuts visibility to tens of metres and grounds aircraft on its turns only', () => {
    expect(clockAt(setup, 3).weather).toBeNull();
    expect(clockAt(setup, 3).visibilityMetres).toBe(3000);
    for (const t of [4, 5, 6]) {
      const c = clockAt(setup, t);
      expect(c.weather?.id).toBe('storm');
      expect(c.visibilityMetres).toBe(20);
      expect(c.flying).toBe(false);
      expect(c.light).toBe('day');
    }
    expect(clockAt(setup, 7).weather).toBeNull();
    expect(clockAt(setup, 7).flying).toBe(true);
  });

  it('never makes the night brighter than it is', () => {
    const haze = { id: 'haze', name: 'Haze', fromTurn: 1, toTurn: 99, visibilityMetres: 5000, flying: true };
    const night = clockAt(clock({ start: '1939-07-02T23:00', weather: [haze] }), 1);
    expect(night.visibilityMetres).toBe(300);
    expect(night.flying).toBe(false);
  });
});

describe('parsing', () => {
  it.each(['1939-07-02 21:00', '1939-13-01T00:00', '1939-02-29T00:00', '1939-07-02T24:00', '39-07-02T21:00', ''])(
    'refuses %j',
    (s) => expect(parseLocalDateTime(s)).toBeNull(),
  );
  it('reads a good one', () => {
    expect(parseLocalDateTime('1939-08-20T05:45')).toEqual({ year: 1939, month: 8, day: 20, hour: 5, minute: 45 });
    expect(parseHourMinute('23:59')).toBe(1439);
    expect(parseHourMinute('7:00')).toBeNull();
  });
  it('is deterministic and memoised: the same object for the same turn', () => {
    const s = clock();
    expect(clockAt(s, 5)).toBe(clockAt(s, 5));
    expect(clockAt(clock(), 5)).toEqual(clockAt(s, 5));
  });
});
