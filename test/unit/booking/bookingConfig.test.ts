import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBookingConfig, type BookingConfigProblem } from '../../../src/services/booking/bookingConfig';
import { TEST_LINK_WORKERS } from '../../support/booking';

const root = path.join(__dirname, '../../..');
const exampleWorkers = readFileSync(path.join(root, 'data/link-workers.example.json'), 'utf8');
const govUk = readFileSync(path.join(root, 'test/data/calendar/govuk-bank-holidays-2019-2027.json'), 'utf8');

describe('loadBookingConfig', () => {
  it('reads the example link workers with the built-in bank holiday rules', () => {
    const result = loadBookingConfig({ linkWorkersJson: exampleWorkers });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.config.linkWorkers.linkWorkers.map((worker) => worker.id)).toEqual([
      'amara-okafor',
      'tom-hadley',
      'priya-raman',
      'gareth-lewis',
    ]);
    expect(result.config.bankHolidays.isBankHoliday('england-and-wales', '2026-12-25')).toBe(true);
    expect(result.config.practiceSiteId).toBeUndefined();
  });

  it('uses the GOV.UK file when one is given', () => {
    const result = loadBookingConfig({ linkWorkersJson: exampleWorkers, bankHolidaysJson: govUk });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.config.bankHolidays.holidayOn('england-and-wales', '2026-12-28')?.source).toBe('govUk');
  });

  it('keeps the practice site it was given', () => {
    const result = loadBookingConfig({ linkWorkersJson: exampleWorkers, practiceSiteId: 'meadowbank' });
    expect(result.ok && result.config.practiceSiteId).toBe('meadowbank');
  });

  const noWorkersAtOak = JSON.stringify({
    ...TEST_LINK_WORKERS,
    linkWorkers: TEST_LINK_WORKERS.linkWorkers.filter((worker) => worker.id !== 'tom-hadley'),
  });

  it.each<[string, Parameters<typeof loadBookingConfig>[0], BookingConfigProblem[]]>([
    [
      'a link workers file that is not JSON',
      { linkWorkersJson: '{"network": ' },
      [{ file: 'LINK_WORKERS_FILE', path: '', message: expect.stringMatching(/^not valid JSON: /) }],
    ],
    [
      'a bank holidays file that is not JSON',
      { linkWorkersJson: exampleWorkers, bankHolidaysJson: 'nope' },
      [{ file: 'BANK_HOLIDAYS_FILE', path: '', message: expect.stringMatching(/^not valid JSON: /) }],
    ],
    [
      'a link worker working on a Sunday',
      {
        linkWorkersJson: JSON.stringify({
          ...TEST_LINK_WORKERS,
          linkWorkers: [{ ...TEST_LINK_WORKERS.linkWorkers[0], week: { sunday: ['09:00-12:00'] } }],
        }),
      },
      [{ file: 'LINK_WORKERS_FILE', path: 'linkWorkers.0.week.sunday.0', message: expect.any(String) }],
    ],
    [
      'a bank holidays file of another shape, and a bad link workers file, both at once',
      { linkWorkersJson: '[]', bankHolidaysJson: '{"holidays": []}' },
      [
        { file: 'LINK_WORKERS_FILE', path: '', message: expect.any(String) },
        { file: 'BANK_HOLIDAYS_FILE', path: '', message: expect.any(String) },
      ],
    ],
    [
      'a practice site that is not in the file',
      { linkWorkersJson: exampleWorkers, practiceSiteId: 'elm-road' },
      [{ file: 'PRACTICE_SITE_ID', path: '', message: '"elm-road" is not a site in LINK_WORKERS_FILE' }],
    ],
    [
      'a practice site where no link worker works',
      { linkWorkersJson: noWorkersAtOak, practiceSiteId: 'oak-street' },
      [{ file: 'PRACTICE_SITE_ID', path: '', message: 'no link worker works at "oak-street"' }],
    ],
  ])('lists every problem with %s', (_name, input, problems) => {
    expect(loadBookingConfig(input)).toEqual({ ok: false, problems });
  });
});
