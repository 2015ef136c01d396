import { readWorkerName } from '../../../src/understanding/workerName';

const WORKERS = [
  { id: 'amara', name: 'Amara Okafor' },
  { id: 'priya', name: 'Priya Raman' },
  { id: 'may', name: 'May Chen' },
  { id: 'amara-jones', name: 'Amara Jones' },
  { id: 'tom', name: 'Tom Hadley' },
];
const read = (text: string) => readWorkerName(text, WORKERS);

describe('readWorkerName', () => {
  it.each([
    ['wednesday with priya', 'priya'],
    ['can I see Priya Raman again', 'priya'],
    ['any time with Mrs Okafor', 'amara'],
    ['Amara Okafor please', 'amara'],
    ['next week with may', 'may'],
    ["tom's fine, monday", 'tom'],
    ['Hadley', 'tom'],
  ])('%p asks for %s', (text, id) => {
    expect(read(text)).toBe(id);
  });

  it.each([
    ['any morning in May'],
    ['not Priya, anyone else'],
    ['anyone but Tom'],
    ['with Amara'],
    ['next Tuesday afternoon'],
  ])('%p asks for no one worker', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
