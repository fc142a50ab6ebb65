import { describe, expect, it } from 'vitest';
import { keyAction, type KeyContext } from '../../../src/ui/controller/keymap';

const onMap: KeyContext = { dialog: null, aiRunning: false };

describe('battle keys', () => {
  it.each([
    ['e', 'end-turn'],
    ['E', 'end-turn'],
    ['n', 'next-unit'],
    ['Escape', 'cancel'],
    ['Enter', 'confirm-attack'],
    ['?', 'help'],
    ['x', null],
    [' ', null],
  ] as const)('on the map, %j does %j', (key, action) => {
    expect(keyAction(key, onMap)).toBe(action);
  });

  it('Ctrl+Z undoes, and Ctrl with another key does nothing (the browser keeps its shortcuts)', () => {
    expect(keyAction('z', { ...onMap, ctrl: true })).toBe('undo');
    expect(keyAction('e', { ...onMap, ctrl: true })).toBeNull();
    expect(keyAction('z', onMap)).toBeNull();
    expect(keyAction('z', { dialog: 'briefing', aiRunning: false, ctrl: true })).toBeNull();
  });

  it('Space skips the computer only while it plays', () => {
    expect(keyAction(' ', { dialog: null, aiRunning: true })).toBe('skip-ai');
  });

  it('acts behind no dialog: Esc closes the briefing and help, every other key waits', () => {
    for (const dialog of ['briefing', 'help'] as const) {
      expect(keyAction('Escape', { dialog, aiRunning: false })).toBe('close-dialog');
      for (const key of ['e', 'E', 'n', 'Enter', ' ']) expect(keyAction(key, { dialog, aiRunning: true })).toBeNull();
    }
    expect(keyAction('h', { dialog: 'help', aiRunning: false })).toBe('close-dialog');
    expect(keyAction('h', { dialog: 'briefing', aiRunning: false })).toBeNull();
  });

  it('the hand-over and end screens wait for a button, not a key', () => {
    for (const dialog of ['handover', 'end-screen'] as const) {
      for (const key of ['Escape', 'e', 'n', 'Enter', 'h']) expect(keyAction(key, { dialog, aiRunning: false })).toBeNull();
    }
  });
});
