import { z } from 'zod';
import { NEED_IDS } from '../../domain/needs/taxonomy';
import { isLocalDate } from '../../domain/calendar/wallClock';

/**
 * A referral a receptionist made for a patient: who they are (the PRSB minimum dataset's demographics),
 * the needs the receptionist confirmed, and the patient's decision, coded in SNOMED CT. It is the only
 * place a patient's identifying details are kept, under a new opaque patient key; logs and the audit
 * trail carry that key and ids, never the details.
 */

/** "Referral to social prescribing service": the patient agreed. */
export const SNOMED_REFERRED = '871731000000106';
/** "Social prescribing declined". */
export const SNOMED_DECLINED = '871711000000103';

export const PREFERRED_CONTACTS = ['phone', 'text', 'letter'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];

const instant = z.string().datetime({ offset: true });

export const staffReferralSchema = z.object({
  id: z.string().min(1).max(100),
  patientKey: z.string().min(1).max(200),
  createdAt: instant,
  createdBy: z.string().min(1).max(64),
  patient: z.object({
    name: z.string().min(1).max(100),
    dateOfBirth: z.string().refine(isLocalDate),
    nhsNumber: z
      .string()
      .regex(/^\d{10}$/)
      .optional(),
    phone: z.object({ e164: z.string().regex(/^\+44\d{9,10}$/), display: z.string().max(20) }).optional(),
    preferredContact: z.enum(PREFERRED_CONTACTS),
    /** BCP 47. */
    language: z.string().min(2).max(35),
    interpreter: z.boolean(),
  }),
  needs: z.array(z.enum(NEED_IDS)),
  consent: z.object({
    decision: z.enum(['agreed', 'declined']),
    snomed: z.enum([SNOMED_REFERRED, SNOMED_DECLINED]),
    at: instant,
  }),
  /** The referral draft made for the link worker, when the patient agreed. */
  referralId: z.string().optional(),
  bookingIds: z.array(z.string()).default([]),
});
export type StaffReferral = z.infer<typeof staffReferralSchema>;
export type StaffReferralPatient = StaffReferral['patient'];
