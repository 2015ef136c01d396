import { z } from 'zod';

/**
 * Where to send a proactive message: the parts of a Bot Framework ConversationReference Signpost needs,
 * as plain data, validated when it is read back from the store.
 */
export const storedReferenceSchema = z.object({
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().url(),
  conversation: z.object({
    id: z.string().min(1).max(512),
    tenantId: z.string().max(64).optional(),
    conversationType: z.string().max(32).optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: z.object({ id: z.string().min(1).max(256), name: z.string().max(200).optional() }),
  user: z.object({ id: z.string().min(1).max(256), aadObjectId: z.string().max(64).optional() }).optional(),
  locale: z.string().max(35).optional(),
});
export type StoredReference = z.infer<typeof storedReferenceSchema>;

/** Keys of the reference store: a staff member by id, a patient by their opaque key. */
export const referenceKey = {
  staff: (staffId: string) => `staff:${staffId}`,
  patient: (patientKey: string) => `patient:${patientKey}`,
};
