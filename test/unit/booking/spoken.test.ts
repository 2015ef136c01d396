import { spokenWhen } from '../../../dialogs/booking/spoken';
import { Speaker } from '../../../dialogs/speaker';
import { translator } from '../../support/dialogs';

const speaker = new Speaker(translator);
const context = { activity: { locale: 'en-GB' } } as never;

describe('times said to patients', () => {
  it.each([
    ['2026-11-24T09:00:00.000Z', 'Tuesday 24 November at 9am'],
    ['2026-11-24T12:00:00.000Z', `Tuesday 24 November at ${translator.t('en-GB', 'booking.midday')}`],
    ['2026-11-24T12:15:00.000Z', 'Tuesday 24 November at 12:15pm'],
    ['2026-11-24T13:30:00.000Z', 'Tuesday 24 November at 1:30pm'],
    // British Summer Time: 09:00 UTC is 10am in London.
    ['2026-06-02T09:00:00.000Z', 'Tuesday 2 June at 10am'],
  ])('%s is "%s"', (iso, expected) => {
    expect(spokenWhen(speaker, context, iso)).toBe(expected);
  });
});
