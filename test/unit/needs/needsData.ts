// Reads the labelled sentences shared by the needs tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const readNeedsData = (file: string): string =>
  readFileSync(join(__dirname, '..', '..', 'data', 'needs', file), 'utf8');
