import {
  anyTimePreference,
  weekdayFits,
  type WhenPreference,
} from '../../../src/domain/booking/whenPreference';
import type { WallClockReading } from '../../../src/domain/calendar/wallClock';

const usual: WhenPreference = {
  ...anyTimePreference('Europe/London'),
  weekly: [
    { weekday: 2, from: '08:00', to: '12:00' },
    { weekday: 4, from: '14:00', to: '17:00' },
  ],
};

const at = (date: string, weekday: WallClockReading['weekday'], hhmm: string): WallClockReading => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return { date, weekday, minutes: hours * 60 + minutes };
};

describe('weekdayFits with the times a patient is usually free', () => {
  it.each([
    ['Tuesday 9am', at('2026-11-17', 2, '09:00'), true],
    ['Tuesday noon', at('2026-11-17', 2, '12:00'), false],
    ['Thursday 2pm', at('2026-11-19', 4, '14:00'), true],
    ['Thursday 10am', at('2026-11-19', 4, '10:00'), false],
    ['Wednesday 9am', at('2026-11-18', 3, '09:00'), false],
  ])('%s → %s', (_name, reading, fits) => {
    expect(weekdayFits(usual, reading)).toBe(fits);
  });

  it('lets every weekday through when there is no weekly pattern, except those ruled out', () => {
    expect(weekdayFits(anyTimePreference('Europe/London'), at('2026-11-18', 3, '09:00'))).toBe(true);
    expect(
      weekdayFits(
        { ...anyTimePreference('Europe/London'), excludedWeekdays: [3] },
        at('2026-11-18', 3, '09:00'),
      ),
    ).toBe(false);
  });
});
