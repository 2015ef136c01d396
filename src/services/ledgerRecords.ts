import type { Booking, ConfirmInput } from './ports';

/** The record a confirm writes; both ledgers build it the same way. */
export function newBooking(input: ConfirmInput, id: string): Booking {
  const { slot } = input;
  return {
    id,
    slotId: slot.id,
    workerId: slot.workerId,
    start: slot.start,
    end: slot.end,
    mode: input.mode,
    owner: input.owner,
    ...(input.referralId !== undefined ? { referralId: input.referralId } : {}),
    bookedBy: structuredClone(input.bookedBy),
    createdAt: input.now.toISOString(),
    status: 'confirmed',
  };
}
