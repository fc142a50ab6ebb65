/** How the map is tinted for the light and the weather: pure, so a test can tell day, night and storm apart. */
export interface LightLook {
  readonly colour: number;
  readonly alpha: number;
}

/** The tint of the map: clear day none; dusk warm; night dark blue; storm grey-green and flat (it wins over light). */
export const lightLook = (light: 'day' | 'dusk' | 'night', weather: string | null): LightLook => {
  if (weather && /storm|rain/i.test(weather)) return { colour: 0x4a5a48, alpha: light === 'night' ? 0.62 : 0.5 };
  if (light === 'night') return { colour: 0x06103a, alpha: 0.55 };
  if (light === 'dusk') return { colour: 0x3a2450, alpha: 0.25 };
  return { colour: 0x000000, alpha: 0 };
};

