import {
  type LinkWorker,
  type LinkWorkersConfigInput,
  parseLinkWorkersConfig,
} from '../../../src/domain/linkWorkers/schema';

type WorkerInput = LinkWorkersConfigInput['linkWorkers'][number];

/** Fictional sites in England and Scotland, for the tests. */
export const TEST_SITES: LinkWorkersConfigInput['sites'] = [
  {
    id: 'riverside-surgery',
    name: 'Riverside Surgery',
    address: { lines: ['12 Mill Lane'], town: 'Riverton', postcode: 'RV1 2AB' },
    nation: 'england',
  },
  {
    id: 'oak-street',
    name: 'Oak Street Medical Centre',
    address: { lines: ['48 Oak Street'], town: 'Riverton', postcode: 'RV2 5HQ' },
    nation: 'england',
  },
  {
    id: 'glen-practice',
    name: 'Glen Practice',
    address: { lines: ['3 Burn Road'], town: 'Glenbrae', postcode: 'GB9 4QT' },
    nation: 'scotland',
  },
];

/**
 * A weekday-morning link worker (09:00-12:30, first sessions 45 minutes, 15 minutes between, no
 * minimum notice) with whatever the test changes, built through the real schema.
 */
export function worker(overrides: Partial<WorkerInput> = {}): LinkWorker {
  const input: WorkerInput = {
    id: 'ada-lovell',
    name: 'Ada Lovell',
    siteIds: ['riverside-surgery'],
    modes: ['inPerson', 'phone'],
    minimumNoticeHours: 0,
    week: {
      monday: ['09:00-12:30'],
      tuesday: ['09:00-12:30'],
      wednesday: ['09:00-12:30'],
      thursday: ['09:00-12:30'],
      friday: ['09:00-12:30'],
    },
    ...overrides,
  };
  const parsed = parseLinkWorkersConfig({
    network: { id: 'test-pcn', name: 'Test Primary Care Network' },
    sites: TEST_SITES,
    linkWorkers: [input],
  });
  if (!parsed.ok) throw new Error(`test worker does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.config.linkWorkers[0];
}
