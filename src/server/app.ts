import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserState } from 'botbuilder';
import type { Server } from 'restify';
import type { MenuCapability } from '../../dialogs/mainDialog';
import { createSignpostDialogs } from '../../dialogs/signpostDialogs';
import { warmUpUnderstanding } from '../understanding/warmUp';
import { createTranslator, type Translator } from '../i18n/translator';
import { loadDirectoryOrThrow } from '../services/directory/loadDirectory';
import { createCommunityOfferDirectory } from '../services/directory/offerDirectory';
import type { Clock } from '../services/ports';
import { ReferralService } from '../services/referrals/referralService';
import { loadBookingConfig, type BookingConfig } from '../services/booking/bookingConfig';
import { BookingService } from '../services/booking/bookingService';
import { openBackend, type Backend } from '../storage/backend';
import { SnapshotConversationState } from '../storage/snapshotConversationState';
import { createStaffSafetyGate, createStaffTurn, heldRedFlags, staffCapabilities } from '../../dialogs/staff';
import { SafetyFlagService } from '../services/safety/safetyFlagService';
import { DIRECT_LINE_CHANNEL_ID, registerDirectLine } from '../channels/directLine';
import { directLineTranscripts } from '../channels/directLine/transcripts';
import { PatientPrivacyService } from '../services/privacy/patientPrivacy';
import { createChannelStores } from '../storage/conversationLogs';
import { patientKeyOf } from '../../dialogs/patient';
import type { StaffDirectory } from '../domain/staff/staffDirectory';
import { BookingEventRelay } from '../services/handoffs/bookingEventRelay';
import { loadStaffDirectory } from '../services/staff/staffConfig';
import { createStaffServices } from '../services/staff/staffServices';
import { BotHandoffNotifier, startOutboxDelivery } from './handoffNotifier';
import { createAdapter } from './adapter';
import { registerCalendarRoute, SignedCalendarLinks } from './calendarLinks';
import { SignpostBot } from './bot';
import { ConfigError, type Config } from './config';
import { createHttpServer } from './http';
import type { Logger } from './logger';
import { SenderVerification } from './senderVerification';
import { TurnLockMiddleware } from './turnLockMiddleware';
import { ReplyBatching } from './replyBatch';

/** The project's root folder (where locales/ and package.json are), from src/ or from dist/src/. */
export function projectRoot(): string {
  const here = __dirname;
  const parts = here.split(path.sep);
  const at = parts.lastIndexOf('src');
  return (
    parts
      .slice(0, at)
      .join(path.sep)
      .replace(/[\\/]dist$/, '') || path.sep
  );
}

/** The real clock: only the composition root reads it; everything else is given a Clock. */
export const systemClock: Clock = { now: () => new Date() };

/** YYYY-MM-DD of an instant on the Europe/London calendar. */
export function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(instant);
}

export interface Signpost {
  server: Server;
  backend: Backend;
  translator: Translator;
  /** The base URL the server listens on, e.g. http://127.0.0.1:3978. */
  url: string;
  /** Tries now to deliver outbox messages that are due (the sweep does it every HANDOFF_RETRY_SECONDS). */
  deliverPendingHandoffs(): Promise<number>;
  /** Resolves once no outbox delivery is running (started by a nudge or the sweep). */
  outboxIdle(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  /** Extra menu capabilities (tests plug in their own). */
  capabilities?: MenuCapability[];
  clock?: Clock;
  /**
   * Whether to retry undelivered messages on a timer (tests call deliverPendingHandoffs instead). New
   * messages are sent soon after they are queued either way.
   */
  handoffSweep?: boolean;
}

/** Reads and checks the booking files; every problem is listed at once, naming its setting. */
async function readBookingConfig(config: Config): Promise<BookingConfig> {
  const read = (file: string) => readFile(path.resolve(file), 'utf8');
  const result = loadBookingConfig({
    linkWorkersJson: await read(config.booking.linkWorkersFile),
    ...(config.booking.bankHolidaysFile
      ? { bankHolidaysJson: await read(config.booking.bankHolidaysFile) }
      : {}),
    ...(config.booking.practiceSiteId ? { practiceSiteId: config.booking.practiceSiteId } : {}),
  });
  if (!result.ok) {
    throw new ConfigError(
      result.problems.map((problem) => `${problem.file} ${problem.path || '(file)'}: ${problem.message}`),
    );
  }
  return result.config;
}

/** Reads and checks STAFF_FILE (absent: everyone is a patient). */
async function readStaffDirectory(config: Config, booking: BookingConfig): Promise<StaffDirectory> {
  const result = loadStaffDirectory({
    staffJson: config.staff.file ? await readFile(path.resolve(config.staff.file), 'utf8') : undefined,
    linkWorkerIds: booking.linkWorkers.linkWorkers.map((worker) => worker.id),
  });
  if (!result.ok) {
    throw new ConfigError(
      result.problems.map((problem) => `${problem.file} ${problem.path || '(file)'}: ${problem.message}`),
    );
  }
  return result.directory;
}

/** The composition root: builds every part from the configuration and starts listening. */
export async function startSignpost({
  config,
  logger,
  capabilities = [],
  clock = systemClock,
  handoffSweep = true,
}: StartOptions): Promise<Signpost> {
  const translator = createTranslator({
    localesDir: path.join(projectRoot(), 'locales'),
    defaultLocale: config.defaultLocale,
  });
  // Every file is read and checked before anything is connected or started, so a bad file stops
  // start-up cleanly, naming what is wrong.
  const directory = createCommunityOfferDirectory(
    await loadDirectoryOrThrow({
      readText: (name) => readFile(path.resolve(name), 'utf8'),
      servicesFile: config.directory.servicesFile,
      districtCentroidsFile: config.directory.districtsFile,
      today: londonDate(clock.now()),
    }),
  );

  const bookingConfig = await readBookingConfig(config);
  const staffDirectory = await readStaffDirectory(config, bookingConfig);
  const backend = await openBackend({
    choice: config.redis,
    keyPrefix: config.redis.keyPrefix,
    commandTimeoutMs: config.redis.commandTimeoutMs,
    dataDir: config.redis.dataDir,
    searchPath: config.redis.searchPath,
    conversationTtlSeconds: config.conversationTtlSeconds,
    referralRetentionSeconds: config.referralRetentionDays * 24 * 3600,
    turnLock: config.turnLock,
    log: logger,
  });
  const conversationState = new SnapshotConversationState(backend.storage);
  const userState = new UserState(backend.storage);
  const referrals = new ReferralService({ store: backend.referrals, clock });
  const bookingEvents = new BookingEventRelay();
  const booking = new BookingService({
    ledger: backend.ledger,
    clock,
    referrals,
    config: bookingConfig,
    holdTtlMs: config.booking.holdMs,
    availability: backend.staff.availability,
    events: bookingEvents,
  });
  const adapter = createAdapter({
    auth: config.auth,
    translator,
    logger,
    proactiveSendTimeoutMs: config.channelSendTimeoutMs,
  });
  if (config.staffToolsWithoutAuth) {
    logger.warn(
      { setting: 'STAFF_TOOLS_WITHOUT_AUTH' },
      'STAFF TOOLS WITHOUT AUTHENTICATION: anyone who reaches /api/messages can claim to be a receptionist ' +
        'or a link worker. For development only; set MicrosoftAppId for real use.',
    );
  } else if (!config.auth.MicrosoftAppId && staffDirectory.members.length > 0) {
    logger.warn(
      { setting: 'MicrosoftAppId' },
      'staff tools are off: without MicrosoftAppId no channel proves who is sending, so STAFF_FILE is not used',
    );
  }
  adapter.use(
    new SenderVerification({
      appId: config.auth.MicrosoftAppId,
      staffToolsWithoutAuth: config.staffToolsWithoutAuth,
      identityKey: adapter.BotIdentityKey,
    }),
  );
  adapter.use(new TurnLockMiddleware(backend.turnLock));
  adapter.use(new ReplyBatching());
  const notifier = new BotHandoffNotifier({
    adapter,
    appId: config.auth.MicrosoftAppId ?? '',
    references: backend.staff.references,
    translator,
    clock,
    log: logger,
    turnLock: backend.turnLock,
  });
  let nudge: () => void = () => undefined;
  const staff = createStaffServices({
    storage: backend.staff,
    directory: staffDirectory,
    referrals,
    booking,
    clock,
    log: logger,
    notifier,
    delivery: {
      retryMs: config.staff.handoffRetryMs,
      maxRetryMs: config.staff.maxRetryMs,
      // A send waits for the conversation's turn lock, then for the channel: the lease outlasts both.
      leaseMs: config.turnLock.waitMs + 2 * config.channelSendTimeoutMs + 5_000,
      onQueued: () => nudge(),
    },
  });
  bookingEvents.subscribe(staff.handoffs);
  const safety = new SafetyFlagService({ referrals, inbox: backend.staff.safetyInbox, clock, log: logger });
  const heldFlags = heldRedFlags(conversationState);
  // The language model and the word lists are loaded and checked now, not on the first message.
  for (const locale of translator.locales) warmUpUnderstanding(locale);
  // The Direct Line's stores are made here, before the dialogs, so that "delete my data" can reach
  // the transcripts they keep.
  const channelStores = createChannelStores(backend, logger);
  const privacy = new PatientPrivacyService({
    referrals,
    ledger: backend.ledger,
    handoffs: backend.staff.handoffs,
    references: backend.staff.references,
    transcripts: directLineTranscripts(channelStores.conversations, {
      channelId: DIRECT_LINE_CHANNEL_ID,
      sessionTtlSeconds: config.directLine.tokenTtlSeconds,
    }),
    clock,
    safety,
  });
  let baseUrl = config.publicUrl ?? '';
  const calendarLinks = new SignedCalendarLinks({
    secret: config.directLine.secret,
    baseUrl: () => baseUrl,
    ttlMs: config.calendarLinkTtlMs,
    clock,
  });
  const staffTurn = createStaffTurn({
    translator,
    directory: staffDirectory,
    references: backend.staff.references,
    handoffs: staff.handoffs,
    conversationState,
    clock,
    log: logger,
    patientConsented: async (context) => (await referrals.get(patientKeyOf(context))) !== undefined,
    safety,
  });
  const { mainDialog, safetyGate } = createSignpostDialogs({
    calendarLinks,
    booking,
    translator,
    practice: config.practice,
    conversationState,
    referrals,
    safety,
    directory,
    referralRetentionDays: config.referralRetentionDays,
    clock,
    log: logger,
    privacy,
    declinedChatMinutes: Math.ceil(config.directLine.tokenTtlSeconds / 60),
    isStaff: (context) => staffTurn.isStaff(context),
    capabilities: [
      ...staffCapabilities({
        translator,
        directory: staffDirectory,
        clock,
        nation: config.practice.nation,
        booking,
        ...staff,
        safety,
        heldFlags,
      }),
      ...capabilities,
    ],
  });
  const staffSafety = createStaffSafetyGate({
    translator,
    directory: staffDirectory,
    nation: config.practice.nation,
    safety,
    heldFlags,
    log: logger,
  });
  const bot = new SignpostBot({
    conversationState,
    userState,
    mainDialog,
    logger,
    safetyGate,
    staffSafety,
    staffTurn,
  });
  notifier.attachDialogs(bot);

  const http = createHttpServer({
    adapter,
    bot,
    health: backend.health,
    logger,
    settings: {
      maxBodyBytes: config.http.maxBodyBytes,
      headersTimeoutMs: config.http.headersTimeoutMs,
      requestTimeoutMs: config.http.requestTimeoutMs,
      keepAliveTimeoutMs: config.http.keepAliveTimeoutMs,
      idleTimeoutMs: config.http.idleTimeoutMs,
    },
  });
  const { server } = http;
  registerCalendarRoute(server, { links: calendarLinks, booking, translator, log: logger });
  const directLine = registerDirectLine(server, {
    adapter,
    bot,
    backend,
    translator,
    log: logger,
    practiceName: config.practice.name,
    botAppId: config.auth.MicrosoftAppId,
    publicUrl: config.publicUrl,
    settings: config.directLine,
    stores: channelStores,
    trustProxy: config.http.trustProxy,
    frameAncestors: config.http.frameAncestors,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
  baseUrl ||= url;
  const delivery = startOutboxDelivery(() => staff.handoffs.deliverDue(), {
    intervalMs: config.staff.handoffRetryMs,
    log: logger,
    timer: handoffSweep,
  });
  nudge = delivery.nudge;

  return {
    server,
    backend,
    translator,
    url,
    deliverPendingHandoffs: () => staff.handoffs.deliverDue(),
    outboxIdle: () => delivery.idle(),
    close: async () => {
      delivery.stop();
      await delivery.idle();
      await directLine.close();
      await http.close();
      await backend.close();
    },
  };
}
