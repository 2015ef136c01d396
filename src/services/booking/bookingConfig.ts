import {
  type BankHolidayCalendar,
  createBankHolidayCalendar,
  type GovUkBankHolidays,
  parseGovUkBankHolidays,
} from '../../domain/calendar/bankHolidays';
import { type LinkWorkersConfig, parseLinkWorkersConfig } from '../../domain/linkWorkers/schema';

/** Everything booking needs from files, checked and resolved once at start-up. */
export interface BookingConfig {
  readonly linkWorkers: LinkWorkersConfig;
  readonly bankHolidays: BankHolidayCalendar;
  /**
   * The site of the practice this deployment serves: only link workers who work there are offered.
   * Absent: every link worker of the network.
   */
  readonly practiceSiteId?: string;
}

export interface BookingConfigProblem {
  /** The setting that names the file, so an operator knows which file to open. */
  readonly file: 'LINK_WORKERS_FILE' | 'BANK_HOLIDAYS_FILE' | 'PRACTICE_SITE_ID';
  /** Where in the file, dotted ("linkWorkers.0.week.monday.1"); empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

export type LoadBookingConfigResult =
  { ok: true; config: BookingConfig } | { ok: false; problems: BookingConfigProblem[] };

export interface LoadBookingConfigInput {
  /** The text of LINK_WORKERS_FILE. */
  readonly linkWorkersJson: string;
  /** The text of BANK_HOLIDAYS_FILE (GOV.UK's bank-holidays.json); without it, the built-in rules. */
  readonly bankHolidaysJson?: string;
  readonly practiceSiteId?: string;
}

function parseJson(
  text: string,
  file: BookingConfigProblem['file'],
): { value: unknown } | BookingConfigProblem {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    return { file, path: '', message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * Reads and checks the booking files. Pure: the composition root reads the files and says what was
 * wrong. Every problem is returned at once, so an operator fixes the files in one go.
 */
export function loadBookingConfig(input: LoadBookingConfigInput): LoadBookingConfigResult {
  const problems: BookingConfigProblem[] = [];

  let linkWorkers: LinkWorkersConfig | undefined;
  const workersJson = parseJson(input.linkWorkersJson, 'LINK_WORKERS_FILE');
  if ('value' in workersJson) {
    const parsed = parseLinkWorkersConfig(workersJson.value);
    if (parsed.ok) linkWorkers = parsed.config;
    else problems.push(...parsed.issues.map((issue) => ({ file: 'LINK_WORKERS_FILE' as const, ...issue })));
  } else {
    problems.push(workersJson);
  }

  let govUk: GovUkBankHolidays | undefined;
  if (input.bankHolidaysJson !== undefined) {
    const holidaysJson = parseJson(input.bankHolidaysJson, 'BANK_HOLIDAYS_FILE');
    if ('value' in holidaysJson) {
      const parsed = parseGovUkBankHolidays(holidaysJson.value);
      if (parsed.ok) govUk = parsed.value;
      else
        problems.push(...parsed.issues.map((issue) => ({ file: 'BANK_HOLIDAYS_FILE' as const, ...issue })));
    } else {
      problems.push(holidaysJson);
    }
  }

  if (linkWorkers && input.practiceSiteId !== undefined) {
    const siteId = input.practiceSiteId;
    if (!linkWorkers.sites.some((site) => site.id === siteId)) {
      problems.push({
        file: 'PRACTICE_SITE_ID',
        path: '',
        message: `"${siteId}" is not a site in LINK_WORKERS_FILE`,
      });
    } else if (!linkWorkers.linkWorkers.some((worker) => worker.sites.some((site) => site.id === siteId))) {
      problems.push({ file: 'PRACTICE_SITE_ID', path: '', message: `no link worker works at "${siteId}"` });
    }
  }

  if (problems.length > 0 || !linkWorkers) return { ok: false, problems };
  return {
    ok: true,
    config: {
      linkWorkers,
      bankHolidays: createBankHolidayCalendar(govUk ? { govUk } : {}),
      ...(input.practiceSiteId !== undefined ? { practiceSiteId: input.practiceSiteId } : {}),
    },
  };
}
