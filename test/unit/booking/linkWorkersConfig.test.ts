import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBankHolidayCalendar } from '../../../src/domain/calendar/bankHolidays';
import { generateSlots } from '../../../src/domain/booking/generateSlots';
import {
  LINK_WORKER_DEFAULTS,
  type LinkWorkersConfigInput,
  parseLinkWorkersConfig,
} from '../../../src/domain/linkWorkers/schema';
import { TEST_SITES } from './workers';

const example: unknown = JSON.parse(
  readFileSync(path.join(__dirname, '../../../data/link-workers.example.json'), 'utf8'),
);

// Loosely typed on purpose: the rejection cases feed it what the schema must refuse.
function configWith(worker: Record<string, unknown>, extra: Partial<LinkWorkersConfigInput> = {}): unknown {
  return {
    network: { id: 'test-pcn', name: 'Test Primary Care Network' },
    sites: TEST_SITES,
    linkWorkers: [
      {
        id: 'ada-lovell',
        name: 'Ada Lovell',
        siteIds: ['riverside-surgery'],
        modes: ['inPerson'],
        week: { monday: ['09:00-12:30'] },
        ...worker,
      },
    ],
    ...extra,
  };
}

describe('the example link-worker file', () => {
  const parsed = parseLinkWorkersConfig(example);

  it('parses', () => {
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('has 3 to 4 link workers with different first-session lengths, one working a Saturday', () => {
    if (!parsed.ok) throw new Error('example does not parse');
    const workers = parsed.config.linkWorkers;
    expect(workers.length).toBeGreaterThanOrEqual(3);
    expect(workers.length).toBeLessThanOrEqual(4);
    expect(new Set(workers.map((worker) => worker.sessions.firstMinutes)).size).toBe(workers.length);
    expect(workers.some((worker) => worker.week.saturday.some((span) => span.extendedHours))).toBe(true);
  });

  it('gives slots for every link worker', () => {
    if (!parsed.ok) throw new Error('example does not parse');
    for (const worker of parsed.config.linkWorkers) {
      const slots = generateSlots({
        worker,
        now: new Date('2026-06-01T07:00:00Z'),
        timeZone: 'Europe/London',
        bankHolidays: createBankHolidayCalendar(),
      });
      expect(slots.length).toBeGreaterThan(0);
    }
  });
});

describe('parseLinkWorkersConfig', () => {
  it('fills in the defaults and resolves each span', () => {
    const parsed = parseLinkWorkersConfig(configWith({}));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const [worker] = parsed.config.linkWorkers;
    expect(worker.sessions).toEqual({
      firstMinutes: LINK_WORKER_DEFAULTS.firstSessionMinutes,
      followUpMinutes: LINK_WORKER_DEFAULTS.followUpSessionMinutes,
      bufferMinutes: LINK_WORKER_DEFAULTS.bufferMinutes,
    });
    expect(worker.sessions.firstMinutes).toBe(45);
    expect(worker.horizonDays).toBe(14);
    expect(worker.minimumNoticeHours).toBe(LINK_WORKER_DEFAULTS.minimumNoticeHours);
    expect(worker.nation).toBe('england');
    expect(worker.week.monday).toEqual([
      {
        start: '09:00',
        end: '12:30',
        siteId: 'riverside-surgery',
        modes: ['inPerson'],
        extendedHours: false,
      },
    ]);
    expect(worker.week.sunday).toEqual([]);
    expect(worker.leave).toEqual([]);
    expect(worker.exceptions).toEqual([]);
  });

  it('accepts an en dash in the shorthand', () => {
    const parsed = parseLinkWorkersConfig(configWith({ week: { tuesday: ['13:30–17:00'] } }));
    expect(parsed.ok && parsed.config.linkWorkers[0].week.tuesday[0].start).toBe('13:30');
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'workers', ''],
    [
      'a span that ends before it starts',
      configWith({ week: { monday: ['12:00-09:00'] } }),
      'linkWorkers.0.week.monday.0',
    ],
    [
      'a span before core hours',
      configWith({ week: { monday: ['07:30-12:00'] } }),
      'linkWorkers.0.week.monday.0',
    ],
    [
      'an evening span not marked as extended hours',
      configWith({ week: { monday: ['17:00-19:30'] } }),
      'linkWorkers.0.week.monday.0',
    ],
    [
      'an extended-hours span past 20:00',
      configWith({ week: { monday: [{ start: '18:30', end: '20:30', extendedHours: true }] } }),
      'linkWorkers.0.week.monday.0',
    ],
    [
      'a Saturday span not marked as extended hours',
      configWith({ week: { saturday: ['09:00-12:00'] } }),
      'linkWorkers.0.week.saturday.0',
    ],
    [
      'a Sunday span',
      configWith({ week: { sunday: [{ start: '10:00', end: '12:00', extendedHours: true }] } }),
      'linkWorkers.0.week.sunday.0',
    ],
    [
      'overlapping spans',
      configWith({ week: { monday: ['09:00-12:00', '11:00-13:00'] } }),
      'linkWorkers.0.week.monday',
    ],
    ['a bad time', configWith({ week: { monday: ['9:00-12:00'] } }), 'linkWorkers.0.week.monday.0'],
    ['an unknown weekday', configWith({ week: { funday: ['09:00-12:00'] } }), 'linkWorkers.0.week'],
    ['an unknown site', configWith({ siteIds: ['nowhere'] }), 'linkWorkers.0.siteIds.0'],
    [
      "a span at a site that is not the worker's",
      configWith({ week: { monday: [{ start: '09:00', end: '12:00', site: 'oak-street' }] } }),
      'linkWorkers.0.week.monday.0.site',
    ],
    [
      "a span in a mode that is not the worker's",
      configWith({ week: { monday: [{ start: '09:00', end: '12:00', modes: ['video'] }] } }),
      'linkWorkers.0.week.monday.0.modes',
    ],
    [
      'sites in two nations',
      configWith({ siteIds: ['riverside-surgery', 'glen-practice'] }),
      'linkWorkers.0.siteIds',
    ],
    ['no ways of meeting', configWith({ modes: [] }), 'linkWorkers.0.modes'],
    [
      'a session of 5 minutes',
      configWith({ sessions: { firstMinutes: 5 } }),
      'linkWorkers.0.sessions.firstMinutes',
    ],
    [
      'leave that ends before it starts',
      configWith({ leave: [{ from: '2026-05-10', to: '2026-05-01' }] }),
      'linkWorkers.0.leave.0.to',
    ],
    [
      'an added evening not marked as extended hours',
      configWith({ exceptions: [{ date: '2026-05-11', change: 'add', start: '17:00', end: '19:30' }] }),
      'linkWorkers.0.exceptions.0',
    ],
    [
      'an added Sunday',
      configWith({
        exceptions: [
          { date: '2026-05-10', change: 'add', start: '10:00', end: '12:00', extendedHours: true },
        ],
      }),
      'linkWorkers.0.exceptions.0',
    ],
    [
      'a removal with a start and no end',
      configWith({ exceptions: [{ date: '2026-05-11', change: 'remove', start: '09:00' }] }),
      'linkWorkers.0.exceptions.0',
    ],
    [
      'an addition without times',
      configWith({ exceptions: [{ date: '2026-05-11', change: 'add' }] }),
      'linkWorkers.0.exceptions.0.start',
    ],
    [
      'two workers with one id',
      {
        network: { id: 'test-pcn', name: 'Test' },
        sites: TEST_SITES,
        linkWorkers: [
          { id: 'same', name: 'A', siteIds: ['riverside-surgery'], modes: ['phone'], week: {} },
          { id: 'same', name: 'B', siteIds: ['riverside-surgery'], modes: ['phone'], week: {} },
        ],
      },
      'linkWorkers',
    ],
    [
      'a bad postcode',
      configWith(
        {},
        {
          sites: [
            {
              ...TEST_SITES[0],
              address: { lines: ['1 Road'], town: 'Riverton', postcode: 'not a postcode' },
            },
          ],
        },
      ),
      'sites.0.address.postcode',
    ],
  ])('rejects %s', (_name, input, issuePath) => {
    const parsed = parseLinkWorkersConfig(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain(issuePath);
  });
});
