import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../src/engine/map';
import { ReplayCursor } from '../../../src/replay/replay-cursor';
import { parseScenario } from '../../../src/scenario/parse';
import { parseUrlPosition, positionFromUrl, replayLog, stepEffect, timelineMarks } from '../../../src/ui/controller/replay-model';
import { playRandomGame } from '../../replay/play-random';

const parsed = parseScenario(readFileSync('scenarios/tutorial.json', 'utf8'));
if (!parsed.ok) throw new Error('tutorial');
const tutorial = parsed.scenario;
const { record } = playRandomGame(tutorial, 3);
const opened = ReplayCursor.open(tutorial, record);
if (!opened.ok) throw new Error(opened.reason);
const cursor = opened.cursor;
const units = new Map(cursor.last.units.map((u) => [u.id, u]));
const labelOf = (id: string) => units.get(id)?.label ?? id;
const sideOf = (id: string) => units.get(id)?.side;

describe('the replay log', () => {
  it('grows with the position and points each line at the command that caused it', () => {
    const early = replayLog(cursor.steps, 10, labelOf, sideOf, 'observer');
    const all = replayLog(cursor.steps, cursor.length, labelOf, sideOf, 'observer');
    expect(all.length).toBeGreaterThan(early.length);
    expect(all.slice(0, early.length)).toEqual(early);
    for (const l of all) expect(l.position).toBeGreaterThan(0);
    expect(all.every((l, k) => k === 0 || l.position >= all[k - 1]!.position)).toBe(true);
  });

  it('a side’s view reads fewer lines than the observer’s: not the enemy’s own doings', () => {
    const all = replayLog(cursor.steps, cursor.length, labelOf, sideOf, 'observer');
    const soviet = replayLog(cursor.steps, cursor.length, labelOf, sideOf, 'soviet');
    expect(soviet.length).toBeLessThan(all.length);
    const japaneseMoves = cursor.steps.flatMap((s) => s.events).filter((e) => e.type === 'moved' && sideOf(e.unitId) === 'japanese').length;
    expect(japaneseMoves).toBeGreaterThan(0);
    expect(soviet.filter((l) => / moved /.test(l.text) && [...units.values()].some((u) => u.side === 'japanese' && l.text.startsWith(u.label)))).toEqual([]);
  });
});

describe('the timeline', () => {
  it('marks the end of the game at the last position', () => {
    const marks = timelineMarks(cursor.steps, (id) => id);
    const end = marks.find((m) => m.kind === 'game-over');
    expect(end?.position).toBe(cursor.length);
  });
});

describe('a step’s effect', () => {
  it('gives a move’s path from its first hex to its last', () => {
    const p = cursor.steps.findIndex((s) => s.events.some((e) => e.type === 'moved'));
    const step = cursor.steps[p]!;
    const moved = step.events.find((e) => e.type === 'moved');
    const effect = stepEffect(step, cursor.initial.setup.map);
    expect(effect?.kind).toBe('move');
    if (effect?.kind !== 'move' || moved?.type !== 'moved') return;
    expect(effect.path[0]).toBe(indexOf(cursor.initial.setup.map, moved.path[0]!));
    expect(effect.path).toHaveLength(moved.path.length);
  });

  it('draws an attack from where the attackers stood to its target', () => {
    const step = cursor.steps.find((s) => s.events.some((e) => e.type === 'combat') && s.command.type !== 'end-turn' && s.command.type !== 'air-strike');
    if (!step) return;
    const effect = stepEffect(step, cursor.initial.setup.map);
    expect(effect?.kind).toBe('attack');
    if (effect?.kind === 'attack') expect(effect.from.length).toBeGreaterThan(0);
  });

  it('is nothing for an end of turn', () => {
    const step = cursor.steps.find((s) => s.command.type === 'end-turn' && !s.events.some((e) => e.type === 'moved' || e.type === 'combat'));
    expect(stepEffect(step, cursor.initial.setup.map)).toBeNull();
  });
});

describe('a position in the URL', () => {
  it('reads turn and command, prefers the command, and names what it cannot read', () => {
    const a = parseUrlPosition(new URLSearchParams('turn=3'));
    expect(positionFromUrl(a.position, cursor.length, (t) => cursor.turnStart(t))).toBe(cursor.turnStart(3));
    const b = parseUrlPosition(new URLSearchParams('turn=3&command=5'));
    expect(positionFromUrl(b.position, cursor.length, (t) => cursor.turnStart(t))).toBe(5);
    expect(positionFromUrl(parseUrlPosition(new URLSearchParams('command=999999')).position, cursor.length, () => 0)).toBe(cursor.length);
    const bad = parseUrlPosition(new URLSearchParams('turn=abc&command=-1'));
    expect(bad.problems).toHaveLength(2);
    expect(positionFromUrl(bad.position, cursor.length, () => 7)).toBe(0);
  });
});
