/** Levers move august-offensive the way the sources suggest (see lever-direction.ts). */
import { describeLeverDirection } from './lever-direction';

describeLeverDirection('august-offensive');
