import { z } from 'zod';

/**
 * Who is staff (STAFF_FILE). A person is found by the channel's own user id, their Microsoft Entra
 * (AAD) object id in Teams, or an email the channel vouches for. Anyone not listed is a patient: the
 * file grants staff tools, so it names people exactly and never by pattern.
 */

export const STAFF_ROLES = ['receptionist', 'linkWorker'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'expected a lower-case id of letters, digits and hyphens' });
const guidSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'expected a GUID' });

const identitiesSchema = z
  .object({
    /** A user id on one channel; only trust channels that authenticate it (Teams, our own Direct Line). */
    channelUsers: z
      .array(z.object({ channelId: z.string().min(1).max(64), userId: z.string().min(1).max(256) }))
      .default([]),
    aadObjectIds: z.array(guidSchema).default([]),
    emails: z.array(z.string().email()).default([]),
  })
  .strict();

const memberSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).max(100),
    role: z.enum(STAFF_ROLES),
    /** For a link worker: their id in LINK_WORKERS_FILE, whose handoffs and diary are theirs. */
    linkWorkerId: idSchema.optional(),
    identities: identitiesSchema,
  })
  .strict();

const fileSchema = z
  .object({
    network: z.object({ id: idSchema, name: z.string().min(1) }),
    staff: z.array(memberSchema).min(1),
  })
  .strict();

export type StaffDirectoryInput = z.input<typeof fileSchema>;

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  /** Present exactly when role is linkWorker. */
  readonly linkWorkerId?: string;
}

/** How a message's sender is described by the channel. */
export interface SenderIdentity {
  readonly channelId: string;
  readonly userId: string;
  readonly aadObjectId?: string;
  readonly email?: string;
}

export interface StaffDirectory {
  readonly network: { readonly id: string; readonly name: string };
  readonly members: readonly StaffMember[];
  find(sender: SenderIdentity): StaffMember | undefined;
  byId(staffId: string): StaffMember | undefined;
  /** The staff member whose handoffs a link worker's id names. */
  forLinkWorker(linkWorkerId: string): StaffMember | undefined;
}

export type ParseStaffDirectoryResult =
  { ok: true; directory: StaffDirectory } | { ok: false; issues: { path: string; message: string }[] };

const channelKey = (channelId: string, userId: string) => `${channelId}\u0000${userId}`;

/**
 * Checks the file whole: ids unique, each identity names one person only, a link worker names a link
 * worker the booking file has (and only one staff member claims them).
 */
export function parseStaffDirectory(
  input: unknown,
  options: { linkWorkerIds: readonly string[] },
): ParseStaffDirectoryResult {
  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    };
  }
  const issues: { path: string; message: string }[] = [];
  const ids = new Set<string>();
  const byChannel = new Map<string, StaffMember>();
  const byAad = new Map<string, StaffMember>();
  const byEmail = new Map<string, StaffMember>();
  const byWorker = new Map<string, StaffMember>();
  const members: StaffMember[] = [];
  const claim = (map: Map<string, StaffMember>, key: string, member: StaffMember, path: string) => {
    const holder = map.get(key);
    if (holder && holder.id !== member.id) {
      issues.push({ path, message: `already belongs to staff member "${holder.id}"` });
    }
    map.set(key, member);
  };

  parsed.data.staff.forEach((entry, index) => {
    const base = `staff.${index}`;
    if (ids.has(entry.id)) issues.push({ path: `${base}.id`, message: 'staff ids must be unique' });
    ids.add(entry.id);
    if (entry.role === 'linkWorker' && !entry.linkWorkerId) {
      issues.push({ path: `${base}.linkWorkerId`, message: 'a link worker needs their linkWorkerId' });
    }
    if (entry.role !== 'linkWorker' && entry.linkWorkerId) {
      issues.push({ path: `${base}.linkWorkerId`, message: 'only a link worker has a linkWorkerId' });
    }
    if (entry.linkWorkerId && !options.linkWorkerIds.includes(entry.linkWorkerId)) {
      issues.push({
        path: `${base}.linkWorkerId`,
        message: `"${entry.linkWorkerId}" is not a link worker in LINK_WORKERS_FILE`,
      });
    }
    const member: StaffMember = {
      id: entry.id,
      name: entry.name,
      role: entry.role,
      ...(entry.role === 'linkWorker' && entry.linkWorkerId ? { linkWorkerId: entry.linkWorkerId } : {}),
    };
    members.push(member);
    const { channelUsers, aadObjectIds, emails } = entry.identities;
    if (channelUsers.length + aadObjectIds.length + emails.length === 0) {
      issues.push({ path: `${base}.identities`, message: 'give at least one way to recognise them' });
    }
    channelUsers.forEach((user, i) =>
      claim(
        byChannel,
        channelKey(user.channelId, user.userId),
        member,
        `${base}.identities.channelUsers.${i}`,
      ),
    );
    aadObjectIds.forEach((id, i) =>
      claim(byAad, id.toLowerCase(), member, `${base}.identities.aadObjectIds.${i}`),
    );
    emails.forEach((email, i) =>
      claim(byEmail, email.toLowerCase(), member, `${base}.identities.emails.${i}`),
    );
    if (member.linkWorkerId) claim(byWorker, member.linkWorkerId, member, `${base}.linkWorkerId`);
  });
  if (issues.length > 0) return { ok: false, issues };

  const byStaffId = new Map(members.map((member) => [member.id, member]));
  return {
    ok: true,
    directory: {
      network: parsed.data.network,
      members,
      find: (sender) =>
        byChannel.get(channelKey(sender.channelId, sender.userId)) ??
        (sender.aadObjectId ? byAad.get(sender.aadObjectId.toLowerCase()) : undefined) ??
        (sender.email ? byEmail.get(sender.email.toLowerCase()) : undefined),
      byId: (staffId) => byStaffId.get(staffId),
      forLinkWorker: (linkWorkerId) => byWorker.get(linkWorkerId),
    },
  };
}

/** A directory with nobody in it: every sender is a patient (no STAFF_FILE configured). */
export const EMPTY_STAFF_DIRECTORY: StaffDirectory = {
  network: { id: 'none', name: '' },
  members: [],
  find: () => undefined,
  byId: () => undefined,
  forLinkWorker: () => undefined,
};
