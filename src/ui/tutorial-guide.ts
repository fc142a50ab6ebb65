/**
 * The tutorial's coach wired to a game: it notes the player's own commands and whether they have selected a unit, asks
 * `tutorialProgress` where they are, and draws the coach. Only for a fresh tutorial game against the computer (a
 * continued game or a hot-seat game has no coach: the prompts would not fit what has already happened).
 */
import { indexOf, offsetToAxial, type Command, type Side, type Unit } from '../engine';
import type { GameSession } from './controller/game-session';
import { hasTutorial, tutorialProgress, type TutorialStep } from './controller/tutorial-steps';
import { TutorialCoach } from './hud/tutorial-coach';

export class TutorialGuide {
  private readonly commands: Command[] = [];
  private selectedOnce = false;
  private readonly coach: TutorialCoach;
  private readonly stop: () => void;

  /** A guide for this game, or null when the game is not a fresh tutorial against the computer. */
  static forGame(session: GameSession, goal: string, centreOn: (hexIndex: number) => void): TutorialGuide | null {
    const fresh = session.commands.length === 0 && session.state.turn === 1;
    if (!hasTutorial(session.state.setup.scenarioId) || session.request.mode === 'hotseat' || !fresh) return null;
    return new TutorialGuide(session, session.request.side, goal, centreOn);
  }

  private constructor(
    private readonly session: GameSession,
    private readonly side: Side,
    goal: string,
    private readonly centreOn: (hexIndex: number) => void,
  ) {
    this.coach = new TutorialCoach({ showMe: (s) => this.showMe(s) }, goal);
    this.stop = session.onChange(() => {
      const step = session.lastStep;
      if (step && step.before.activeSide === side) this.commands.push(step.command);
    });
    document.getElementById('hud')?.append(this.coach.element);
  }

  /** Redraws the coach for the game as the player's side sees it now. */
  update(units: readonly Unit[], selectedId: string | null): void {
    if (selectedId && units.some((u) => u.id === selectedId && u.side === this.side)) this.selectedOnce = true;
    this.coach.render(tutorialProgress(this.side, { commands: this.commands, units, selectedOnce: this.selectedOnce }));
  }

  private showMe(step: TutorialStep): void {
    const where = step.showMe;
    if (!where) return;
    const map = this.session.state.setup.map;
    const hex = 'unitId' in where ? this.session.view(this.side).state.units.find((u) => u.id === where.unitId)?.hex : offsetToAxial(where);
    if (hex) this.centreOn(indexOf(map, hex));
  }

  dispose(): void {
    this.stop();
    this.coach.element.remove();
  }
}
