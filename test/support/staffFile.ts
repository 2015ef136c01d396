import type { StaffDirectoryInput } from '../../src/domain/staff/staffDirectory';

type Identities = NonNullable<StaffDirectoryInput['staff'][number]['identities']>;

/** The Entra object ids the Teams-shaped tests sign their staff in with. */
export const AAD = {
  ada: '6f1c2a8e-0b7d-4c53-9a1e-2d4f8b6c0a11',
  tom: '0c2f4e7a-1b3d-4a5c-8e9f-2a4b6c8d0e12',
  jo: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
};

/** A staff identity on one channel, by its user id. */
export const channelUser = (userId: string, channelId = 'test'): Identities => ({
  channelUsers: [{ channelId, userId }],
});

/**
 * The test network's staff file: link workers Ada Lovell and Tom Hadley (the link workers of
 * test/support/booking.ts) and the receptionist Jo Bennett, each known by the identities a test gives.
 */
export function testStaffFile(identities: { ada: Identities; tom: Identities; jo: Identities }) {
  return {
    network: { id: 'test-pcn', name: 'Test Primary Care Network' },
    staff: [
      {
        id: 'ada-lovell',
        name: 'Ada Lovell',
        role: 'linkWorker' as const,
        linkWorkerId: 'ada-lovell',
        identities: identities.ada,
      },
      {
        id: 'tom-hadley',
        name: 'Tom Hadley',
        role: 'linkWorker' as const,
        linkWorkerId: 'tom-hadley',
        identities: identities.tom,
      },
      { id: 'jo-bennett', name: 'Jo Bennett', role: 'receptionist' as const, identities: identities.jo },
    ],
  } satisfies StaffDirectoryInput;
}
