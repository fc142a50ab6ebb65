/** Levers move yasuoka-night-attack the way the sources suggest (see lever-direction.ts). */
import { describeLeverDirection } from './lever-direction';

describeLeverDirection('yasuoka-night-attack');
