import { z } from 'zod';
import { NATIONS, type Nation } from '../calendar/bankHolidays';
import { permittedWindows, withinPermittedWindows } from '../calendar/serviceHours';
import {
  isLocalDate,
  isLocalTime,
  type IsoWeekday,
  isoWeekdayOf,
  type LocalDate,
  type LocalTime,
  minutesOfDay,
  WEEKDAY_NAMES,
  type WeekdayName,
} from '../calendar/wallClock';
import { first } from '../lists';

/**
 * The link-worker configuration file (the server loads it from LINK_WORKERS_FILE). Sites are listed
 * once for the network and named by id from each worker, because several workers share a practice.
 * Parsing checks the file whole (ids resolve, spans sit inside the hours a practice may book) and
 * returns it resolved: every default filled in, every span with its site and ways of meeting.
 */

export const MEETING_MODES = ['inPerson', 'phone', 'video'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

/** Defaults, with why. */
export const LINK_WORKER_DEFAULTS = {
  // A first "what matters to you" conversation is commonly 30–60 minutes.
  firstSessionMinutes: 45,
  followUpSessionMinutes: 30,
  // Time to write up the last conversation before the next person arrives.
  bufferMinutes: 15,
  // The link worker reads the referral summary before the first session.
  minimumNoticeHours: 24,
  // GP Connect searches free slots over at most two weeks.
  horizonDays: 14,
} as const;

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'expected a lower-case id of letters, digits and hyphens' });
const localDateSchema = z.string().refine(isLocalDate, { message: 'expected a date as YYYY-MM-DD' });
const localTimeSchema = z.string().refine(isLocalTime, { message: 'expected a time as HH:MM (24-hour)' });
const modesSchema = z.array(z.enum(MEETING_MODES)).min(1);

const siteSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  address: z.object({
    lines: z.array(z.string().min(1)).min(1),
    town: z.string().min(1),
    postcode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, { message: 'expected a UK postcode' }),
  }),
  nation: z.enum(NATIONS),
});
export type Site = z.infer<typeof siteSchema>;

const SPAN_SHORTHAND = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/;

const spanObjectSchema = z.object({
  start: localTimeSchema,
  end: localTimeSchema,
  site: idSchema.optional(),
  modes: modesSchema.optional(),
  extendedHours: z.boolean().optional(),
});
type SpanInput = z.infer<typeof spanObjectSchema>;

// "09:00-12:30" is the common case; the object form is for a span at another site or in extended hours.
const spanSchema = z.union([
  z
    .string()
    .regex(SPAN_SHORTHAND, { message: 'expected "HH:MM-HH:MM" or an object with start and end' })
    .transform((text): SpanInput => {
      const [, start, end] = SPAN_SHORTHAND.exec(text) ?? [];
      return { start: start ?? '', end: end ?? '' };
    })
    .pipe(spanObjectSchema),
  spanObjectSchema,
]);

const weekSchema = z
  .object(Object.fromEntries(WEEKDAY_NAMES.map((day) => [day, z.array(spanSchema).optional()])))
  .strict();

const leaveSchema = z
  .object({ from: localDateSchema, to: localDateSchema })
  .refine((leave) => leave.from <= leave.to, { message: 'leave ends before it starts', path: ['to'] });

const exceptionSchema = z.discriminatedUnion('change', [
  spanObjectSchema.extend({ date: localDateSchema, change: z.literal('add') }),
  z.object({
    date: localDateSchema,
    change: z.literal('remove'),
    // Without times, the whole day is removed.
    start: localTimeSchema.optional(),
    end: localTimeSchema.optional(),
  }),
]);

const sessionsSchema = z.object({
  firstMinutes: z.number().int().min(10).max(180).default(LINK_WORKER_DEFAULTS.firstSessionMinutes),
  followUpMinutes: z.number().int().min(10).max(180).default(LINK_WORKER_DEFAULTS.followUpSessionMinutes),
  bufferMinutes: z.number().int().min(0).max(120).default(LINK_WORKER_DEFAULTS.bufferMinutes),
});

const workerInputSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  siteIds: z.array(idSchema).min(1),
  modes: modesSchema,
  sessions: sessionsSchema.prefault({}),
  minimumNoticeHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 14)
    .default(LINK_WORKER_DEFAULTS.minimumNoticeHours),
  horizonDays: z.number().int().min(1).max(56).default(LINK_WORKER_DEFAULTS.horizonDays),
  week: weekSchema,
  leave: z.array(leaveSchema).default([]),
  exceptions: z.array(exceptionSchema).default([]),
});
type WorkerInput = z.infer<typeof workerInputSchema>;

const fileInputSchema = z.object({
  network: z.object({ id: idSchema, name: z.string().min(1) }),
  sites: z.array(siteSchema).min(1),
  linkWorkers: z.array(workerInputSchema).min(1),
});
type FileInput = z.infer<typeof fileInputSchema>;

// ---------------------------------------------------------------------------------------------------
// Resolved types: what the rest of the domain works with.

export interface WorkingSpan {
  readonly start: LocalTime;
  readonly end: LocalTime;
  /** Where an in-person session happens; null when the span offers no in-person meeting. */
  readonly siteId: string | null;
  readonly modes: readonly MeetingMode[];
  /** Network extended hours (weekday evenings, Saturdays), which a span must opt in to. */
  readonly extendedHours: boolean;
}

export interface LeaveRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export type AvailabilityException =
  | { readonly date: LocalDate; readonly change: 'add'; readonly span: WorkingSpan }
  | {
      readonly date: LocalDate;
      readonly change: 'remove';
      /** Both null: the whole day. */
      readonly start: LocalTime | null;
      readonly end: LocalTime | null;
    };

export interface LinkWorker {
  readonly id: string;
  readonly name: string;
  /** Every site of a link worker is in one nation, which decides the bank holidays. */
  readonly nation: Nation;
  readonly sites: readonly Site[];
  readonly modes: readonly MeetingMode[];
  readonly sessions: {
    readonly firstMinutes: number;
    readonly followUpMinutes: number;
    readonly bufferMinutes: number;
  };
  readonly minimumNoticeHours: number;
  readonly horizonDays: number;
  /** Europe/London wall-clock spans for each weekday; every weekday is present. */
  readonly week: Readonly<Record<WeekdayName, readonly WorkingSpan[]>>;
  readonly leave: readonly LeaveRange[];
  readonly exceptions: readonly AvailabilityException[];
}

export interface LinkWorkersConfig {
  readonly network: { readonly id: string; readonly name: string };
  readonly sites: readonly Site[];
  readonly linkWorkers: readonly LinkWorker[];
}

// ---------------------------------------------------------------------------------------------------
// Whole-file checks

type Issue = { path: (string | number)[]; message: string };

function checkSpan(
  span: SpanInput,
  weekday: IsoWeekday,
  worker: WorkerInput,
  path: (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  const start = minutesOfDay(span.start);
  const end = minutesOfDay(span.end);
  if (end <= start) issues.push({ path, message: 'a span must end after it starts' });
  if (span.site !== undefined && !worker.siteIds.includes(span.site)) {
    issues.push({
      path: [...path, 'site'],
      message: `site "${span.site}" is not one of this worker's sites`,
    });
  }
  const modes = span.modes ?? worker.modes;
  const unknownModes = modes.filter((mode) => !worker.modes.includes(mode));
  if (unknownModes.length > 0) {
    issues.push({
      path: [...path, 'modes'],
      message: `modes ${unknownModes.join(', ')} are not this worker's`,
    });
  }
  if (end > start) {
    const extended = span.extendedHours ?? false;
    if (!withinPermittedWindows(weekday, extended, start, end)) {
      issues.push({
        path,
        message:
          permittedWindows(weekday, extended).length === 0
            ? 'no bookable hours on this day unless marked extendedHours (Saturday 09:00-17:00 only)'
            : 'span is outside GP core hours (08:00-18:30) or, with extendedHours, network extended hours',
      });
    }
  }
  return issues;
}

function overlapping(spans: readonly SpanInput[]): boolean {
  const sorted = [...spans].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
  return sorted.some((span, i) => {
    const previous = sorted[i - 1];
    return previous !== undefined && minutesOfDay(span.start) < minutesOfDay(previous.end);
  });
}

function fileIssues(file: FileInput): Issue[] {
  const issues: Issue[] = [];
  const sites = new Map(file.sites.map((site) => [site.id, site]));
  if (sites.size !== file.sites.length) issues.push({ path: ['sites'], message: 'site ids must be unique' });
  const workerIds = new Set(file.linkWorkers.map((worker) => worker.id));
  if (workerIds.size !== file.linkWorkers.length) {
    issues.push({ path: ['linkWorkers'], message: 'link worker ids must be unique' });
  }

  file.linkWorkers.forEach((worker, w) => {
    const base = ['linkWorkers', w];
    worker.siteIds.forEach((siteId, s) => {
      if (!sites.has(siteId))
        issues.push({ path: [...base, 'siteIds', s], message: `unknown site "${siteId}"` });
    });
    const nations = new Set(worker.siteIds.flatMap((id) => sites.get(id)?.nation ?? []));
    if (nations.size > 1) {
      issues.push({ path: [...base, 'siteIds'], message: "a link worker's sites must all be in one nation" });
    }
    WEEKDAY_NAMES.forEach((day, index) => {
      const spans = worker.week[day] ?? [];
      spans.forEach((span, s) => {
        issues.push(...checkSpan(span, (index + 1) as IsoWeekday, worker, [...base, 'week', day, s]));
      });
      if (overlapping(spans)) issues.push({ path: [...base, 'week', day], message: 'spans overlap' });
    });
    worker.exceptions.forEach((exception, e) => {
      const path = [...base, 'exceptions', e];
      if (exception.change === 'add') {
        issues.push(...checkSpan(exception, isoWeekdayOf(exception.date), worker, path));
      } else if ((exception.start === undefined) !== (exception.end === undefined)) {
        issues.push({ path, message: 'give both start and end, or neither to remove the whole day' });
      } else if (exception.start !== undefined && exception.end !== undefined) {
        if (minutesOfDay(exception.end) <= minutesOfDay(exception.start)) {
          issues.push({ path, message: 'a span must end after it starts' });
        }
      }
    });
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------------
// Resolution

function resolveSpan(span: SpanInput, worker: WorkerInput): WorkingSpan {
  const modes = span.modes ?? worker.modes;
  return {
    start: span.start,
    end: span.end,
    // The schema gives every worker at least one site.
    siteId: modes.includes('inPerson')
      ? (span.site ?? first(worker.siteIds, "a link worker's site id"))
      : null,
    modes,
    extendedHours: span.extendedHours ?? false,
  };
}

function resolveWorker(worker: WorkerInput, sites: ReadonlyMap<string, Site>): LinkWorker {
  // Runs only on a file that passed fileIssues, so every site id is known and the list is not empty.
  const workerSites = worker.siteIds.flatMap((id) => sites.get(id) ?? []);
  const week = Object.fromEntries(
    WEEKDAY_NAMES.map((day) => [day, (worker.week[day] ?? []).map((span) => resolveSpan(span, worker))]),
  ) as Record<WeekdayName, WorkingSpan[]>;
  return {
    id: worker.id,
    name: worker.name,
    nation: first(workerSites, "a link worker's site").nation,
    sites: workerSites,
    modes: worker.modes,
    sessions: worker.sessions,
    minimumNoticeHours: worker.minimumNoticeHours,
    horizonDays: worker.horizonDays,
    week,
    leave: worker.leave,
    exceptions: worker.exceptions.map((exception): AvailabilityException => {
      if (exception.change === 'add') {
        return { date: exception.date, change: 'add', span: resolveSpan(exception, worker) };
      }
      return {
        date: exception.date,
        change: 'remove',
        start: exception.start ?? null,
        end: exception.end ?? null,
      };
    }),
  };
}

export const linkWorkersConfigSchema = fileInputSchema
  .superRefine((file, ctx) => {
    for (const issue of fileIssues(file))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  })
  .transform((file): LinkWorkersConfig => {
    const sites = new Map(file.sites.map((site) => [site.id, site]));
    return {
      network: file.network,
      sites: file.sites,
      linkWorkers: file.linkWorkers.map((worker) => resolveWorker(worker, sites)),
    };
  });

export type LinkWorkersConfigInput = z.input<typeof linkWorkersConfigSchema>;

export type ParseLinkWorkersResult =
  { ok: true; config: LinkWorkersConfig } | { ok: false; issues: { path: string; message: string }[] };

/** Issues are for the operator's log, not for a patient. */
export function parseLinkWorkersConfig(input: unknown): ParseLinkWorkersResult {
  const parsed = linkWorkersConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
