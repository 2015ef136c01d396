import { z } from 'zod';
import type { AvailabilityChange } from '../../domain/staff/availabilityOverride';
import { isLocalDate, isLocalTime } from '../../domain/calendar/wallClock';

const date = z.string().refine(isLocalDate);
const time = z.string().refine(isLocalTime);

/** A diary change as stored: the change, who made it and when (validated when read back). */
export const availabilityEntrySchema = z.object({
  change: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('leave'), from: date, to: date }),
    z.object({ kind: z.literal('remove'), date, start: time, end: time }),
    z.object({ kind: z.literal('add'), date, start: time, end: time }),
  ]) satisfies z.ZodType<AvailabilityChange>,
  by: z.string().min(1).max(64),
  at: z.string().datetime({ offset: true }),
});
export type AvailabilityEntry = z.infer<typeof availabilityEntrySchema>;
