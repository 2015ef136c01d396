/**
 * Every Redis key Signpost writes is named here, so the key space can be read in one place.
 * `{...}` is a Redis Cluster hash tag: keys that a Lua script touches together share one, so the
 * script runs on one node. All keys start with the configured prefix (REDIS_KEY_PREFIX).
 */
export class RedisKeys {
  constructor(readonly prefix: string) {}

  /** A botbuilder Storage item (conversation state, user state). */
  storageItem(key: string): string {
    return `${this.prefix}state:${key}`;
  }

  /** The lock that serialises turns of one conversation. */
  turnLock(conversationKey: string): string {
    return `${this.prefix}lock:turn:${conversationKey}`;
  }

  /** A patient's referral draft. */
  referralDraft(patientKey: string): string {
    return `${this.prefix}referral:${patientKey}`;
  }

  /** A slot's hold while someone decides: the holder's random token, expiring by PX. */
  ledgerHold(slotId: string): string {
    return this.ledger(`hold:${slotId}`);
  }

  /** Which booking has a slot: a hash { b: booking id, t: the hold token that took it, p: before a move }. */
  ledgerSlot(slotId: string): string {
    return this.ledger(`slot:${slotId}`);
  }

  /** One booking as JSON, kept after it is cancelled. */
  ledgerBooking(bookingId: string): string {
    return this.ledger(`booking:${bookingId}`);
  }

  /** A link worker's confirmed bookings: a sorted set of booking ids scored by start (epoch ms). */
  ledgerWorkerBookings(workerId: string): string {
    return this.ledger(`workerBookings:${workerId}`);
  }

  /**
   * A link worker's diary for slot searches: a sorted set scored by start (epoch ms) whose members are
   * the confirmed bookings themselves, as JSON arrays [booking id, slot id, start, end], so a search
   * reads no booking record.
   */
  ledgerWorkerDiary(workerId: string): string {
    return this.ledger(`workerDiary:${workerId}`);
  }

  /**
   * Which workers' diaries have been built from ledgerWorkerBookings: a hash with a field per worker.
   * A worker's diary from before diaries existed is built on its first read.
   */
  ledgerDiariesBuilt(): string {
    return this.ledger('diariesBuilt');
  }

  /** Slots of a link worker on hold: a sorted set of slot ids scored by start, pruned lazily. */
  ledgerWorkerHolds(workerId: string): string {
    return this.ledger(`workerHolds:${workerId}`);
  }

  /** One owner's confirmed bookings: a sorted set of booking ids scored by start (epoch ms). */
  ledgerOwnerBookings(owner: string): string {
    return this.ledger(`ownerBookings:${owner}`);
  }

  /**
   * A Direct Line conversation: a hash { u: the user bound to it }. Its activity log shares its hash
   * tag, so the append script (which checks this key) runs on one cluster node; conversations spread
   * over the cluster.
   */
  directLineConversation(conversationId: string): string {
    return `${this.prefix}{dl:${conversationId}}:conversation`;
  }

  /** A Direct Line conversation's activities, a list of JSON strings; the watermark is an index. */
  directLineActivities(conversationId: string): string {
    return `${this.prefix}{dl:${conversationId}}:activities`;
  }

  /** A Direct Line token bucket: a hash { v: tokens left, t: when counted (ms) }. */
  directLineRate(subject: string): string {
    return `${this.prefix}dl:rate:${subject}`;
  }

  /** A revoked Direct Line token (by conversation and nonce), kept until the token would expire. */
  directLineRevoked(tokenId: string): string {
    return `${this.prefix}dl:revoked:${tokenId}`;
  }

  /** The pub/sub channel on which instances tell each other a conversation has a new activity. */
  directLineEvents(): string {
    return `${this.prefix}dl:events`;
  }

  /** The staff audit trail: one append-only stream (XADD). */
  auditLog(): string {
    return `${this.prefix}audit`;
  }

  /** A receptionist's referral for a patient, under that patient's opaque key. */
  staffReferral(patientKey: string): string {
    return `${this.prefix}staffReferral:${patientKey}`;
  }

  /** Where to send proactive messages to a staff member or a patient (see referenceKey). */
  conversationReference(key: string): string {
    return `${this.prefix}conversationRef:${key}`;
  }

  /** A link worker's own diary changes: a list of JSON entries. */
  availability(workerId: string): string {
    return `${this.prefix}availability:${workerId}`;
  }

  /** One handoff record as JSON, keyed by its booking id. */
  handoff(id: string): string {
    return this.handoffs(`record:${id}`);
  }

  /** A link worker's handoffs: a sorted set of handoff ids scored by the booking's start (epoch ms). */
  handoffWorker(workerId: string): string {
    return this.handoffs(`worker:${workerId}`);
  }

  /** An outbox message as JSON (see outbox.ts). */
  outboxMessage(id: string): string {
    return this.handoffs(`out:msg:${id}`);
  }

  /** Outbox messages not yet delivered: a sorted set of ids scored by their next try (epoch ms). */
  outboxDue(): string {
    return this.handoffs('out:due');
  }

  /** One recipient's messages not yet delivered: a sorted set of ids scored by when each was made. */
  outboxRecipient(recipient: string): string {
    return this.handoffs(`out:to:${recipient}`);
  }

  /** Outbox messages given up (their session began before they could be sent), scored by when. */
  outboxGivenUp(): string {
    return this.handoffs('out:gaveUp');
  }

  /** The lease one sender holds while it tries a message: its random token, expiring by PX. */
  outboxLease(id: string): string {
    return this.handoffs(`out:lease:${id}`);
  }

  /** Set once a message has been delivered (SET NX): the guard against sending it twice. */
  outboxDelivered(id: string): string {
    return this.handoffs(`out:delivered:${id}`);
  }

  /** A safety inbox item as JSON, expiring with the referral retention period. */
  safetyInboxItem(id: string): string {
    return this.safety(`item:${id}`);
  }

  /** The safety inbox's order: a sorted set of item ids scored by when each flag was raised (epoch ms). */
  safetyInboxOrder(): string {
    return this.safety('order');
  }

  /** Inbox items a staff member has been shown: a set of ids. */
  safetyInboxSeen(staffId: string): string {
    return this.safety(`seen:${staffId}`);
  }

  /** A patient's inbox items: a set of ids, so "delete my data" finds them. */
  safetyInboxPatient(patientKey: string): string {
    return this.safety(`patient:${patientKey}`);
  }

  /** Safety inbox keys share one hash tag, so one pipeline can touch them on a Redis Cluster. */
  private safety(rest: string): string {
    return `${this.prefix}{${this.prefix}safety}:${rest}`;
  }

  /** Handoff keys share one hash tag, so the scripts over a record and its sets run on one node. */
  private handoffs(rest: string): string {
    return `${this.prefix}{${this.prefix}handoffs}:${rest}`;
  }

  /**
   * Every slot-ledger key carries one hash tag, `{<prefix>ledger}`, so each ledger script (a move
   * between two link workers included) runs on one Redis Cluster node. That puts a deployment's whole
   * ledger in one cluster slot, which is fine: a primary care network books a few hundred link-worker
   * sessions a week. The key still starts with the prefix, so ACL key patterns and SCANs by prefix work.
   * The variable part always comes last: a script that finds a booking id or slot id in what it reads
   * builds that key from the name with an empty id (`ledgerBooking('')`) plus the id.
   */
  private ledger(rest: string): string {
    return `${this.prefix}{${this.prefix}ledger}:${rest}`;
  }
}
