/** Levers move azuma-encirclement the way the sources suggest (see lever-direction.ts). */
import { describeLeverDirection } from './lever-direction';

describeLeverDirection('azuma-encirclement');
