import type { DirectoryProblem } from '../../domain/directory/readOrukServices';

/**
 * The directory file cannot be used. The server stops start-up with this error: running with a
 * half-read directory would offer patients a partial list without anyone knowing.
 */
export class DirectoryFileError extends Error {
  readonly code = 'DIRECTORY_FILE_INVALID';

  constructor(
    readonly source: string,
    readonly problems: readonly DirectoryProblem[],
  ) {
    super(`${source}: ${problems.length} problem(s) in the community offer directory`);
    this.name = 'DirectoryFileError';
  }
}
