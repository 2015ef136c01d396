import { readFileSync } from 'node:fs';
import path from 'node:path';
import { orukSchedule, orukService } from '../../../src/domain/directory/oruk';
import { readOrukServices, type DirectoryProblem } from '../../../src/domain/directory/readOrukServices';

const dataDir = path.join(__dirname, '../../data/directory');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const shipped = readJson(path.join(__dirname, '../../../data/directory/riverside-pcn.oruk.json'));

describe('Open Referral UK schema', () => {
  it('accepts the shipped directory', () => {
    const result = readOrukServices(shipped);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.services.length).toBe((shipped as unknown[]).length);
  });

  // Shaped after OpenReferralUK/uk-profile examples/service_full.json (CC-BY-SA 4.0), with our own values.
  it('accepts a service shaped like the uk-profile full example, keeping fields it does not model', () => {
    const parsed = orukService.parse(readJson(path.join(dataDir, 'oruk-example-service.json')));
    expect(parsed.name).toBe('Wrenford Listening Service');
    expect(parsed['accreditations']).toContain('listening course');
    expect(parsed['funding']).toEqual([
      { id: '5e7a9c1d-3f4b-4e8a-9c0d-4f6b8d0e2a11', source: 'Local grants.' },
    ]);
  });

  it('accepts the paged GET /services body', () => {
    const result = readOrukServices(readJson(path.join(dataDir, 'oruk-services-page.json')));
    expect(result.ok && result.services.map((s) => s.id)).toEqual(['page-svc-1', 'page-svc-2']);
  });

  it.each([
    ['numbers written as text', { latitude: '53.74', longitude: '-1.59' }, true],
    ['null for absent fields', { latitude: null, name: null }, true],
    ['latitude out of range', { latitude: 91 }, false],
    ['longitude that is not a number', { longitude: 'west' }, false],
  ])('location with %s', (_label, fields, ok) => {
    const service = {
      id: 's',
      name: 'n',
      status: 'active',
      service_at_locations: [{ location: { id: 'l', ...fields } }],
    };
    expect(orukService.safeParse(service).success).toBe(ok);
  });

  it.each([
    [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:30', closes_at: '11:00' }, true],
    [{ freq: 'weekly', byday: 'mo', opens_at: '09:30:00', closes_at: '11:00:00' }, true],
    [{ freq: 'MONTHLY', byday: '2TU,-1FR', opens_at: '10:00Z', closes_at: '11:00Z' }, true],
    [{ freq: 'MONTHLY', bymonthday: '1,15,-1', opens_at: '10:00+01:00' }, true],
    [{ freq: 'YEARLY' }, false],
    [{ byday: 'MONDAY' }, false],
    [{ bymonthday: '32' }, false],
    [{ opens_at: '9am' }, false],
    [{ opens_at: '12:00', closes_at: '12:00' }, false],
    [{ dtstart: '2025-02-30' }, false],
    [{ valid_from: '2025-05-01', valid_to: '2025-04-01' }, false],
    [{ interval: 0 }, false],
  ])('schedule %j valid: %s', (schedule, ok) => {
    expect(orukSchedule.safeParse({ id: 'x', ...schedule }).success).toBe(ok);
  });

  it.each<[unknown, Partial<DirectoryProblem>]>([
    ['not json-ish', { code: 'not_a_service_list', index: null }],
    [
      { contents: 'nope', page_number: 1, total_items: 1 },
      { path: 'contents', index: null },
    ],
    [
      { id: 'one service, not a list', name: 'x', status: 'active' },
      { path: 'total_items', index: null },
    ],
  ])('rejects a document that is not a list of services: %j', (document, problem) => {
    const result = readOrukServices(document);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject(problem);
  });

  describe('a malformed file', () => {
    const result = readOrukServices(readJson(path.join(dataDir, 'bad-directory.oruk.json')));
    const problems = result.ok ? [] : result.problems;

    it('is rejected whole', () => {
      expect(result.ok).toBe(false);
    });

    it.each<[number, string | null, string, string]>([
      [1, 'bad-status', 'name', 'invalid_type'],
      [1, 'bad-status', 'status', 'invalid_value'],
      [2, 'bad-schedule', 'schedules[1].freq', 'invalid_format'],
      [2, 'bad-schedule', 'schedules[1].byday', 'invalid_format'],
      [2, 'bad-schedule', 'schedules[1].opens_at', 'invalid_format'],
      [2, 'bad-schedule', 'schedules[2].closes_at', 'custom'],
      [3, 'bad-location', 'service_at_locations[0].location.latitude', 'too_big'],
      [3, 'bad-location', 'service_at_locations[0].location.longitude', 'invalid_union'],
      [4, 'good-1', 'id', 'duplicate_id'],
      [5, 'bad-cost', 'cost_options[0].amount', 'too_small'],
      [5, 'bad-cost', 'maximum_age', 'custom'],
      [6, null, '', 'invalid_type'],
      [7, null, 'id', 'invalid_type'],
      [7, null, 'attributes[0].taxonomy_term.id', 'invalid_type'],
    ])('reports entry %i (id %s) at %s (%s)', (index, id, at, code) => {
      expect(problems).toContainEqual(expect.objectContaining({ index, id, path: at, code }));
    });

    it('says nothing about the good entry and gives every problem a message', () => {
      expect(problems.filter((p) => p.index === 0)).toEqual([]);
      expect(problems.every((p) => p.message.length > 0)).toBe(true);
    });
  });
});
