import {
  EMPTY_STAFF_DIRECTORY,
  parseStaffDirectory,
  type StaffDirectory,
} from '../../domain/staff/staffDirectory';

export interface StaffConfigProblem {
  /** The setting that names the file, so an operator knows which file to open. */
  readonly file: 'STAFF_FILE';
  readonly path: string;
  readonly message: string;
}

export type LoadStaffDirectoryResult =
  { ok: true; directory: StaffDirectory } | { ok: false; problems: StaffConfigProblem[] };

/**
 * Reads and checks STAFF_FILE against the link workers the booking file has. Pure: the composition
 * root reads the file. No file means nobody is staff, which is safe: staff tools stay hidden.
 */
export function loadStaffDirectory(input: {
  staffJson: string | undefined;
  linkWorkerIds: readonly string[];
}): LoadStaffDirectoryResult {
  if (input.staffJson === undefined) return { ok: true, directory: EMPTY_STAFF_DIRECTORY };
  let value: unknown;
  try {
    value = JSON.parse(input.staffJson);
  } catch (err) {
    return {
      ok: false,
      problems: [
        {
          file: 'STAFF_FILE',
          path: '',
          message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
        },
      ],
    };
  }
  const parsed = parseStaffDirectory(value, { linkWorkerIds: input.linkWorkerIds });
  if (parsed.ok) return parsed;
  return { ok: false, problems: parsed.issues.map((issue) => ({ file: 'STAFF_FILE', ...issue })) };
}
