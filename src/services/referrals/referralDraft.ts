import { z } from 'zod';
import { INTEREST_IDS, NEED_IDS, PARTS_OF_DAY, WEEKDAYS } from '../../domain/directory/codes';
import { ACCESS_NEED_CODES } from '../../domain/needs/preferences';
import { safetyFlagSchema } from '../safety/safetyFlag';

/**
 * What a patient has told Signpost, kept for the booking and for their link worker: the PRSB social
 * prescribing minimum dataset's needs and concerns, preferences for support, a wellbeing baseline,
 * offers they liked and any safety flag. It is created only once the patient agrees to the privacy
 * notice, and it is validated whenever it is read back from the store.
 */

/** Bumped whenever the privacy notice's wording changes, so each consent names what was agreed to. */
export const PRIVACY_NOTICE_VERSION = '2026-11';

const instant = z.string().datetime({ offset: true });
const score = z.number().int().min(0).max(10);
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const referralDraftSchema = z.object({
  id: z.string().min(1),
  patientKey: z.string().min(1),
  createdAt: instant,
  updatedAt: instant,
  consent: z.object({ agreedAt: instant, noticeVersion: z.string() }),
  /** Their own words, as they said them, and the needs understood from them and confirmed. */
  whatMatters: z.object({ text: z.string().max(4000), needs: z.array(z.enum(NEED_IDS)) }).optional(),
  preferences: z
    .object({
      interests: z.array(z.enum(INTEREST_IDS)).optional(),
      /** Their own answer to "what do you enjoy?", as they said it: the suggestions read its words. */
      interestsText: z.string().max(1000).optional(),
      availability: z
        .object({
          windows: z
            .array(
              z.object({
                weekday: z.enum(WEEKDAYS),
                partOfDay: z.enum(PARTS_OF_DAY),
                /** "HH:MM", when the patient narrowed the part of the day ("after 2pm"). */
                start: z
                  .string()
                  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
                  .optional(),
                end: z
                  .string()
                  .regex(/^([01]\d|2[0-4]):[0-5]\d$/)
                  .optional(),
              }),
            )
            .optional(),
          excludedWeekdays: z.array(z.enum(WEEKDAYS)).optional(),
          /** "HH:MM": a time the patient named that every free time starts after ("evenings after 7"). */
          notBefore: clockTime.optional(),
          /** "HH:MM": a time the patient named that every free time ends before ("mornings before 11"). */
          notAfter: clockTime.optional(),
        })
        .optional(),
      travel: z
        .object({
          district: z.string().max(8).optional(),
          remoteOnly: z.enum(['online', 'phone', 'either']).optional(),
          /** Remote ways that suit as well as going somewhere. */
          remoteOk: z.enum(['online', 'phone', 'either']).optional(),
          maxMiles: z.number().positive().max(100).optional(),
        })
        .optional(),
      cost: z
        .object({
          level: z.enum(['freeOnly', 'lowCost', 'anyCost']),
          maxPounds: z.number().min(0).max(1000).optional(),
        })
        .optional(),
      /** Everything the patient asked for, including needs no directory records (large print, an interpreter). */
      accessNeeds: z.array(z.enum(ACCESS_NEED_CODES)).optional(),
      /** BCP 47 tags of languages other than English the patient would like support in. */
      languages: z.array(z.string().min(2).max(35)).optional(),
    })
    .default({}),
  wellbeing: z
    .object({
      at: instant,
      lifeSatisfaction: score.optional(),
      worthwhile: score.optional(),
      happiness: score.optional(),
      anxiety: score.optional(),
    })
    .optional(),
  /**
   * How the link worker can reach the patient: given only when the meeting needs it, and only after
   * the patient agreed to pass it on (a phone number for a phone meeting, an email address or mobile
   * for a video link, a name to ask for at reception).
   */
  contact: z
    .object({
      name: z.string().min(1).max(100).optional(),
      phone: z
        .string()
        .regex(/^\+44\d{9,10}$/)
        .optional(),
      email: z.string().email().max(254).optional(),
      agreedAt: instant.optional(),
    })
    .optional(),
  likedOffers: z.array(z.object({ id: z.string(), name: z.string(), at: instant })).default([]),
  /** Every safety flag raised for this patient, with the words that raised it (see safetyFlag.ts). */
  safetyFlags: z.array(safetyFlagSchema).default([]),
  bookingIds: z.array(z.string()).default([]),
});

export type ReferralDraft = z.infer<typeof referralDraftSchema>;
export type ReferralPreferences = ReferralDraft['preferences'];
export type WellbeingBaseline = NonNullable<ReferralDraft['wellbeing']>;
