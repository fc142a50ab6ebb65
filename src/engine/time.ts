/**
 * The clock: which local date and time a turn starts at, whether it is day, twilight or night, how far one can see
 * and whether aircraft fly. Everything is integer minute arithmetic on the scenario's "YYYY-MM-DDTHH:MM" strings with
 * our own calendar table — no `Date`, so the result is exact and identical in every JavaScript engine and time zone.
 *
 * Light is judged at the middle of the turn, so a long turn that starts just before sunset counts as dusk rather
 * than full day. Twilight is the hour around sunrise and sunset (30 minutes either side): the sources say about an
 * hour of dawn light gave good visibility close in, while observation at 700–1,000 m stayed very hard.
 */
import type { ClockSetup, WeatherWindow } from './types';

export const LIGHTS = ['day', 'dusk', 'night'] as const;
/** 'dusk' is twilight at either end of the day (dawn or dusk). */
export type Light = (typeof LIGHTS)[number];

/** Minutes either side of sunrise and sunset that count as twilight. */
export const TWILIGHT_HALF_MINUTES = 30;

/**
 * How far one can see, in metres, by light alone (clear weather). Day: open steppe lets a watcher see a few km;
 * twilight: close in only (the fact sheet's 700–1,000 m was "very hard"); night: a few hundred metres at most.
 */
export const LIGHT_VISIBILITY_METRES: Readonly<Record<Light, number>> = { day: 3000, dusk: 800, night: 300 };

/** What the clock says at the start of a turn. */
export interface TurnClock {
  readonly turn: number;
  /** Local start time "YYYY-MM-DDTHH:MM". */
  readonly time: string;
  /** Local date "YYYY-MM-DD". */
  readonly date: string;
  /** Local start time "HH:MM". */
  readonly hourMinute: string;
  /** Minutes since local midnight at the turn's start (0–1439). */
  readonly minuteOfDay: number;
  /** Light at the middle of the turn. */
  readonly light: Light;
  /** The same with twilight told apart, for the clock panel: morning twilight is 'dawn'. */
  readonly phase: 'dawn' | 'day' | 'dusk' | 'night';
  /** Visibility in metres: the light's, or the weather window's if that is lower. */
  readonly visibilityMetres: number;
  /** The weather window covering this turn, if any. */
  readonly weather: WeatherWindow | null;
  /** Whether aircraft can fly this turn (daylight or twilight, and the weather allows). */
  readonly flying: boolean;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`. */
export const daysInMonth = (y: number, m: number): number => {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
};

/** A local date and time broken into integers. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR_MINUTE = /^(\d{2}):(\d{2})$/;

/** Parses "YYYY-MM-DDTHH:MM" (local time, no zone); null when malformed or not a real date. */
export const parseLocalDateTime = (text: string): LocalDateTime | null => {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
};

/** Parses "HH:MM" into minutes since midnight; null when malformed. */
export const parseHourMinute = (text: string): number | null => {
  const m = HOUR_MINUTE.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h > 23 || min > 59 ? null : h * 60 + min;
};

/** `t` moved on by `minutes` (≥ 0), carrying over days, month ends and years. */
export const addMinutes = (t: LocalDateTime, minutes: number): LocalDateTime => {
  let total = t.hour * 60 + t.minute + minutes;
  let days = Math.floor(total / 1440);
  total -= days * 1440;
  let { year, month, day } = t;
  // Walk whole months rather than day by day: scenarios last days, but a bad setup should not loop for long.
  while (days > 0) {
    const left = daysInMonth(year, month) - day;
    if (days <= left) {
      day += days;
      days = 0;
    } else {
      days -= left + 1;
      day = 1;
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
  }
  return { year, month, day, hour: Math.floor(total / 60), minute: total % 60 };
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** "YYYY-MM-DD". */
export const formatDate = (t: LocalDateTime): string => `${t.year}-${pad2(t.month)}-${pad2(t.day)}`;
/** "HH:MM". */
export const formatHourMinute = (t: LocalDateTime): string => `${pad2(t.hour)}:${pad2(t.minute)}`;

/** Light at a minute of the day, given sunrise and sunset in minutes since midnight. */
export const lightAt = (minuteOfDay: number, sunrise: number, sunset: number): Light => {
  const m = ((minuteOfDay % 1440) + 1440) % 1440;
  if (m >= sunrise + TWILIGHT_HALF_MINUTES && m < sunset - TWILIGHT_HALF_MINUTES) return 'day';
  if (m >= sunrise - TWILIGHT_HALF_MINUTES && m < sunrise + TWILIGHT_HALF_MINUTES) return 'dusk';
  if (m >= sunset - TWILIGHT_HALF_MINUTES && m < sunset + TWILIGHT_HALF_MINUTES) return 'dusk';
  return 'night';
};

/** The weather window covering a turn (the first listed wins if several overlap), or null. */
export const weatherAt = (clock: ClockSetup, turn: number): WeatherWindow | null => {
  for (const w of clock.weather) if (turn >= w.fromTurn && turn <= w.toTurn) return w;
  return null;
};

const computeClock = (clock: ClockSetup, turn: number): TurnClock => {
  const start = parseLocalDateTime(clock.start);
  const sunrise = parseHourMinute(clock.sunrise);
  const sunset = parseHourMinute(clock.sunset);
  // The scenario parser rejects these; reaching here with them means a setup was built by hand wrongly.
  if (!start || sunrise === null || sunset === null) {
    throw new Error(`clock: malformed start '${clock.start}', sunrise '${clock.sunrise}' or sunset '${clock.sunset}'`);
  }
  const t = addMinutes(start, Math.max(0, turn - 1) * clock.minutesPerTurn);
  const minuteOfDay = t.hour * 60 + t.minute;
  const middle = minuteOfDay + Math.floor(clock.minutesPerTurn / 2);
  const light = lightAt(middle, sunrise, sunset);
  // Twilight nearer sunrise than sunset (on the clock face, wrapping at midnight) is dawn.
  const m = middle % 1440;
  const circular = (a: number, b: number): number => Math.min(Math.abs(a - b), 1440 - Math.abs(a - b));
  const phase = light === 'dusk' && circular(m, sunrise) < circular(m, sunset) ? 'dawn' : light;
  const weather = weatherAt(clock, turn);
  const byLight = LIGHT_VISIBILITY_METRES[light];
  const date = formatDate(t);
  const hourMinute = formatHourMinute(t);
  return {
    turn,
    time: `${date}T${hourMinute}`,
    date,
    hourMinute,
    minuteOfDay,
    light,
    phase,
    visibilityMetres: weather ? Math.min(byLight, weather.visibilityMetres) : byLight,
    weather,
    flying: light !== 'night' && (weather ? weather.flying : true),
  };
};

// Clocks are asked for on every spotting and combat check; a setup's clock never changes, so cache per clock object.
const cache = new WeakMap<ClockSetup, Map<number, TurnClock>>();

/** The clock at the start of `turn` (1-based). Memoised per setup; the result is frozen plain data. */
export const clockAt = (setup: { readonly clock: ClockSetup }, turn: number): TurnClock => {
  let byTurn = cache.get(setup.clock);
  if (!byTurn) {
    byTurn = new Map();
    cache.set(setup.clock, byTurn);
  }
  let c = byTurn.get(turn);
  if (!c) {
    c = Object.freeze(computeClock(setup.clock, turn));
    byTurn.set(turn, c);
  }
  return c;
};

/** The clock panel's line for a turn, e.g. "2 July 1939, 21:00". */
export const turnTime = (setup: { readonly clock: ClockSetup }, turn: number): string => {
  const c = clockAt(setup, turn);
  const t = parseLocalDateTime(c.time)!;
  return `${t.day} ${MONTH_NAMES[t.month - 1]!} ${t.year}, ${c.hourMinute}`;
};

/** "Turn 3 of 24" for the clock panel. */
export const turnOfTurns = (setup: { readonly clock: ClockSetup }, turn: number): string => `Turn ${turn} of ${setup.clock.turns}`;
