import type { Booking, BookingEvents, Cancellation } from '../ports';

/**
 * Passes booking events on to whoever subscribes later. The booking service is built before the
 * handoff service that listens to it (which needs the booking service itself), so the composition
 * root hands the booking service this relay and subscribes the handoff service once it exists.
 */
export class BookingEventRelay implements BookingEvents {
  private readonly listeners: BookingEvents[] = [];

  subscribe(listener: BookingEvents): void {
    this.listeners.push(listener);
  }

  async confirmed(booking: Booking): Promise<void> {
    for (const listener of this.listeners) await listener.confirmed(booking);
  }

  async moved(input: { booking: Booking; previous: Booking }): Promise<void> {
    for (const listener of this.listeners) await listener.moved(input);
  }

  async cancelled(input: { booking: Booking; cancellation: Cancellation }): Promise<void> {
    for (const listener of this.listeners) await listener.cancelled(input);
  }
}
