import { z } from 'zod';
import { safetyFlagSchema } from './safetyFlag';

/**
 * An entry of the practice's safety inbox: a flag raised in a patient's conversation, waiting to be
 * shown to the practice's link workers at their next message. It holds the patient key and the flag;
 * what else the link worker sees (their needs, a phone number they gave) is read from the patient's
 * referral draft when it is shown, so a patient who deletes their data is shown to nobody afterwards.
 */
export const safetyInboxItemSchema = z.object({
  id: z.string().min(1).max(100),
  patientKey: z.string().min(1).max(200),
  flag: safetyFlagSchema,
});
export type SafetyInboxItem = z.infer<typeof safetyInboxItemSchema>;
