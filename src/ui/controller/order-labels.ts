/**
 * The words on the order buttons of the unit panel: for each command the engine offers a selected unit besides moving
 * and attacking, a short label and a sentence saying what it does.
 */
import type { Command } from '../../engine/types';

export interface OrderButton {
  readonly command: Command;
  readonly label: string;
  readonly title: string;
}

const DIRECTION_WORDS = ['east', 'south-east', 'south-west', 'west', 'north-west', 'north-east'] as const;

/** The button for one offered order. */
export const orderButton = (command: Command): OrderButton => {
  switch (command.type) {
    case 'entrench':
      return { command, label: 'Dig in', title: 'Dig in: better protection; the unit does nothing else this turn' };
    case 'rally':
      return { command, label: 'Rally', title: 'Rally: restore cohesion instead of acting' };
    case 'build-bridge':
      return { command, label: `Bridge ${DIRECTION_WORDS[command.direction]}`, title: 'Engineers work on a pontoon bridge over the river on that side (several turns)' };
    case 'exit':
      return { command, label: 'Leave the map', title: 'Extract the unit here (it counts for extraction objectives)' };
    case 'move':
      return { command, label: 'Move', title: 'Move the unit' };
    case 'attack':
      return { command, label: 'Assault', title: 'Close assault on the hex' };
    case 'fire':
      return { command, label: 'Fire', title: 'Direct fire at the hex' };
    case 'bombard':
      return { command, label: 'Bombard', title: 'Indirect fire at the hex' };
    case 'air-strike':
      return { command, label: 'Air strike', title: 'Send the day’s sorties at the hex' };
    case 'end-turn':
      return { command, label: 'End turn', title: 'End the side’s turn' };
  }
};
