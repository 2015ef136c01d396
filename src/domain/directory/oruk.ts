/**
 * The parts of Open Referral UK v3 (the UK profile of HSDS 3) that Signpost reads and writes.
 *
 * Field names follow the standard exactly (snake_case), as published by Open Referral and Open Referral
 * UK (openreferral/specification and OpenReferralUK/uk-profile, CC-BY-SA 4.0). Every object is "loose":
 * a real export carries many fields we do not use, and we keep them so a file read and written again
 * loses nothing.
 *
 * Where the profile and HSDS 3 disagree, both are accepted, because feeds in the wild follow either:
 * - taxonomy_term: HSDS 3 has `code` and `name`, one UK profile version replaced them with `term`; the
 *   vocabulary comes from `taxonomy` (a name, or in HSDS 3.1 a nested taxonomy object), `taxonomy_detail`
 *   or the `vocabulary` field of ORUK v1/v2 taxonomies.
 * - phones sit on the service (HSDS 3) or only on contacts (UK profile).
 * - numbers that should be numbers sometimes arrive as numeric strings; they are read as numbers.
 */
import { z } from 'zod';

const optionalText = z.string().nullish();

/** A JSON number, or a string holding one (several exports write every value as text). */
const numberish = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, { error: 'expected a number' })
    .transform(Number),
]);

const isRealDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d));
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
};

/** ISO 8601 calendar date; a date-time is accepted and its date part is what counts. */
export const orukDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, { error: 'expected a date YYYY-MM-DD' })
  .refine((value) => isRealDate(value.slice(0, 10)), { error: 'not a calendar date' });

/** HH:MM or HH:MM:SS, optionally with Z or an offset, as the schedule fields allow. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;
export const orukTime = z.string().regex(TIME_PATTERN, { error: 'expected a time HH:MM' });

/** RFC 5545 BYDAY list: MO,TU or, for MONTHLY, ordinals such as 2MO or -1FR. */
export const BYDAY_PATTERN =
  /^\s*([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)\s*(,\s*([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)\s*)*$/i;
/** RFC 5545 BYMONTHDAY list: 1..31 or -31..-1. */
export const BYMONTHDAY_PATTERN = /^\s*-?([1-9]|[12]\d|3[01])\s*(,\s*-?([1-9]|[12]\d|3[01])\s*)*$/;

export const orukTaxonomy = z.looseObject({
  id: optionalText,
  name: optionalText,
  description: optionalText,
  uri: optionalText,
  version: optionalText,
});

export const orukTaxonomyTerm = z.looseObject({
  id: z.string().min(1),
  code: optionalText,
  name: optionalText,
  term: optionalText,
  description: optionalText,
  parent_id: optionalText,
  taxonomy: z.union([z.string(), orukTaxonomy]).nullish(),
  taxonomy_detail: orukTaxonomy.nullish(),
  taxonomy_id: optionalText,
  term_uri: optionalText,
  vocabulary: optionalText,
  language: optionalText,
});

export const orukAttribute = z.looseObject({
  id: optionalText,
  link_id: optionalText,
  link_type: optionalText,
  link_entity: optionalText,
  taxonomy_term_id: optionalText,
  value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
  taxonomy_term: orukTaxonomyTerm.nullish(),
});

export const orukPhone = z.looseObject({
  id: optionalText,
  number: z.string().min(1),
  extension: z.union([z.string(), z.number()]).nullish(),
  type: optionalText,
  description: optionalText,
});

export const orukContact = z.looseObject({
  id: optionalText,
  name: optionalText,
  title: optionalText,
  department: optionalText,
  email: optionalText,
  phones: z.array(orukPhone).nullish(),
});

export const orukLanguage = z.looseObject({
  id: optionalText,
  name: optionalText,
  code: optionalText,
  note: optionalText,
});

export const orukAddress = z.looseObject({
  id: optionalText,
  attention: optionalText,
  address_1: optionalText,
  address_2: optionalText,
  city: optionalText,
  region: optionalText,
  state_province: optionalText,
  postal_code: optionalText,
  country: optionalText,
  address_type: z.enum(['physical', 'postal', 'virtual']).nullish(),
});

export const orukAccessibility = z.looseObject({
  id: optionalText,
  description: optionalText,
  details: optionalText,
  url: optionalText,
});

export const orukSchedule = z
  .looseObject({
    id: optionalText,
    freq: z
      .string()
      .regex(/^(WEEKLY|MONTHLY|DAILY)$/i, { error: 'expected WEEKLY or MONTHLY' })
      .nullish(),
    interval: numberish.pipe(z.number().int().min(1).max(12)).nullish(),
    byday: z.string().regex(BYDAY_PATTERN, { error: 'expected RFC 5545 days, e.g. TU,TH or 2MO' }).nullish(),
    bymonthday: z
      .string()
      .regex(BYMONTHDAY_PATTERN, { error: 'expected days of the month, e.g. 1,15' })
      .nullish(),
    dtstart: orukDate.nullish(),
    valid_from: orukDate.nullish(),
    valid_to: orukDate.nullish(),
    opens_at: orukTime.nullish(),
    closes_at: orukTime.nullish(),
    description: optionalText,
    schedule_link: optionalText,
    attending_type: optionalText,
    notes: optionalText,
  })
  .superRefine((schedule, ctx) => {
    const { opens_at: opens, closes_at: closes } = schedule;
    // Offsets would need a date to compare; community sessions do not run past midnight.
    if (
      opens &&
      closes &&
      opens.length <= 8 &&
      closes.length <= 8 &&
      closes.slice(0, 5) <= opens.slice(0, 5)
    ) {
      ctx.addIssue({ code: 'custom', path: ['closes_at'], message: 'closes_at must be later than opens_at' });
    }
    if (
      schedule.valid_from &&
      schedule.valid_to &&
      schedule.valid_to.slice(0, 10) < schedule.valid_from.slice(0, 10)
    ) {
      ctx.addIssue({ code: 'custom', path: ['valid_to'], message: 'valid_to is before valid_from' });
    }
  });

export const orukLocation = z.looseObject({
  id: z.string().min(1),
  name: optionalText,
  description: optionalText,
  location_type: z.enum(['physical', 'postal', 'virtual']).nullish(),
  latitude: numberish.pipe(z.number().min(-90).max(90)).nullish(),
  longitude: numberish.pipe(z.number().min(-180).max(180)).nullish(),
  external_identifier: optionalText,
  external_identifier_type: optionalText,
  addresses: z.array(orukAddress).nullish(),
  accessibility: z.array(orukAccessibility).nullish(),
  languages: z.array(orukLanguage).nullish(),
  attributes: z.array(orukAttribute).nullish(),
});

export const orukServiceAtLocation = z.looseObject({
  id: optionalText,
  description: optionalText,
  location: orukLocation.nullish(),
  schedules: z.array(orukSchedule).nullish(),
  attributes: z.array(orukAttribute).nullish(),
});

export const orukCostOption = z.looseObject({
  id: optionalText,
  option: optionalText,
  amount: numberish.pipe(z.number().min(0)).nullish(),
  currency: optionalText,
  amount_description: optionalText,
  valid_from: orukDate.nullish(),
  valid_to: orukDate.nullish(),
});

export const orukServiceArea = z.looseObject({
  id: optionalText,
  name: optionalText,
  description: optionalText,
  extent: optionalText,
  extent_type: optionalText,
  uri: optionalText,
});

export const orukOrganization = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  description: optionalText,
  email: optionalText,
  website: optionalText,
  url: optionalText,
  uri: optionalText,
  logo: optionalText,
});

const age = numberish.pipe(z.number().min(0).max(130));

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const orukService = z
  .looseObject({
    id: z.string().min(1),
    name: z.string().trim().min(1),
    description: optionalText,
    url: optionalText,
    email: optionalText,
    status: z.enum(SERVICE_STATUSES),
    organization: orukOrganization.nullish(),
    contacts: z.array(orukContact).nullish(),
    phones: z.array(orukPhone).nullish(),
    schedules: z.array(orukSchedule).nullish(),
    cost_options: z.array(orukCostOption).nullish(),
    service_areas: z.array(orukServiceArea).nullish(),
    service_at_locations: z.array(orukServiceAtLocation).nullish(),
    languages: z.array(orukLanguage).nullish(),
    minimum_age: age.nullish(),
    maximum_age: age.nullish(),
    eligibility_description: optionalText,
    fees_description: optionalText,
    alert: optionalText,
    last_modified: optionalText,
    assured_date: optionalText,
    attributes: z.array(orukAttribute).nullish(),
  })
  .superRefine((service, ctx) => {
    if (
      service.minimum_age != null &&
      service.maximum_age != null &&
      service.maximum_age < service.minimum_age
    ) {
      ctx.addIssue({ code: 'custom', path: ['maximum_age'], message: 'maximum_age is below minimum_age' });
    }
  });

/** The paged body of `GET /services`; only `contents` matters to us, the rest is checked loosely. */
export const orukServicePage = z.looseObject({
  total_items: numberish.pipe(z.number().int().min(0)),
  total_pages: numberish.pipe(z.number().int().min(0)).nullish(),
  page_number: numberish.pipe(z.number().int().min(0)),
  size: numberish.pipe(z.number().int().min(0)).nullish(),
  first_page: z.boolean().nullish(),
  last_page: z.boolean().nullish(),
  empty: z.boolean().nullish(),
  contents: z.array(z.unknown()),
});

export type OrukTaxonomyTerm = z.infer<typeof orukTaxonomyTerm>;
export type OrukAttribute = z.infer<typeof orukAttribute>;
export type OrukPhone = z.infer<typeof orukPhone>;
export type OrukContact = z.infer<typeof orukContact>;
export type OrukLanguage = z.infer<typeof orukLanguage>;
export type OrukAddress = z.infer<typeof orukAddress>;
export type OrukAccessibility = z.infer<typeof orukAccessibility>;
export type OrukSchedule = z.infer<typeof orukSchedule>;
export type OrukLocation = z.infer<typeof orukLocation>;
export type OrukServiceAtLocation = z.infer<typeof orukServiceAtLocation>;
export type OrukCostOption = z.infer<typeof orukCostOption>;
export type OrukServiceArea = z.infer<typeof orukServiceArea>;
export type OrukOrganization = z.infer<typeof orukOrganization>;
export type OrukService = z.infer<typeof orukService>;
export type OrukServicePage = z.infer<typeof orukServicePage>;
/** What a writer produces: the input side, so numbers stay numbers and absent fields may be left out. */
export type OrukServiceInput = z.input<typeof orukService>;
