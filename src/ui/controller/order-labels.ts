/**
 * The order buttons of the unit panel: for each command the engine offers a selected unit besides moving and
 * attacking, the command table's short label and its sentence saying what it does.
 */
import { commandLabel, commandTitle, type Command } from '../../engine';

export interface OrderButton {
  readonly command: Command;
  readonly label: string;
  readonly title: string;
}

/** The button for one offered order, in the command table's words. */
export const orderButton = (command: Command): OrderButton => ({ command, label: commandLabel(command), title: commandTitle(command) });
