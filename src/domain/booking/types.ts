import type { MeetingMode } from '../linkWorkers/schema';

/**
 * Instants in booking data are ISO 8601 UTC strings as `Date.prototype.toISOString()` writes them
 * ('2026-03-30T08:00:00.000Z'): they survive JSON, Redis and card round trips unchanged, and compare
 * correctly as strings. Only "the present moment" arrives as a Date, from the Clock port.
 */
export type IsoInstant = string;

export interface SlotSite {
  readonly id: string;
  readonly name: string;
}

/** A slot is never changed once made: generateSlots shares frozen slots between calls. */
export interface Slot {
  /** `${workerId}:${start}`: the same slot always has the same id, so a hold or booking can name it. */
  readonly id: string;
  readonly workerId: string;
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  /** The ways this session may be held; the person picks one when booking. */
  readonly modes: readonly MeetingMode[];
  /** Where an in-person session is held; null when the slot is phone or video only. */
  readonly site: SlotSite | null;
}

/** Time already taken in a link worker's diary. */
export interface BookedRange {
  readonly start: IsoInstant;
  readonly end: IsoInstant;
  /** When given, the range is ignored for other link workers, so one list can serve a whole network. */
  readonly workerId?: string;
}

export type SessionKind = 'first' | 'followUp';

export function slotId(workerId: string, start: IsoInstant): string {
  return `${workerId}:${start}`;
}
