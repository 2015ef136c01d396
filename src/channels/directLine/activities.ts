import { z } from 'zod';
import type { StoredActivity } from '../../services/ports';
import { badArgument, DirectLineError } from './errors';

/**
 * What crosses the Direct Line in each direction. Posted activities are rebuilt from an allow-list
 * of fields: the client never chooses who it is (from), where it is (conversation, channelId) or
 * where replies go (serviceUrl). Activities the bot sends keep their content and lose anything that
 * would tell a client about Signpost's insides (serviceUrl, relatesTo).
 */

export const limits = {
  /** Longest message a person can type. */
  textChars: 4000,
  /** Largest posted activity, as JSON. */
  activityBytes: 32 * 1024,
  /** Most activities one conversation keeps; a conversation is a few hundred at most. */
  activitiesPerConversation: 2000,
  /** Most activities returned by one poll or pushed in one frame. */
  batch: 100,
};

/** BCP 47 as channels send it (en-GB, cy, pa-Guru-IN); anything else is refused, not guessed at. */
export const localeTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/);

const shortString = z.string().max(200);

const postedActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(limits.textChars).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: localeTag.optional(),
  localTimezone: z.string().max(64).optional(),
  // A card's submitted data: passed on as it is; every dialog validates what it reads from it.
  value: z.unknown().optional(),
  name: z.string().min(1).max(128).optional(),
  replyToId: shortString.optional(),
  channelData: z
    .object({
      clientActivityID: shortString.optional(),
      clientTimestamp: shortString.optional(),
      postBack: z.boolean().optional(),
    })
    .optional(),
  entities: z.array(z.record(z.string(), z.unknown())).max(8).optional(),
  attachments: z.array(z.unknown()).max(0, 'file uploads are not supported').optional(),
});

export type PostedActivity = z.infer<typeof postedActivity>;

/** Checks a client's activity; a DirectLineError says what is wrong with it. */
export function parsePostedActivity(body: unknown): PostedActivity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badArgument('the body must be an activity (a JSON object)');
  }
  if (JSON.stringify(body).length > limits.activityBytes) {
    throw new DirectLineError(413, 'MessageSizeTooBig', 'the activity is too large');
  }
  const text = (body as { text?: unknown }).text;
  if (typeof text === 'string' && text.length > limits.textChars) {
    throw new DirectLineError(
      413,
      'MessageSizeTooBig',
      `a message can be at most ${limits.textChars} characters`,
    );
  }
  const parsed = postedActivity.safeParse(body);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'activity';
    throw badArgument(`the activity is not valid (${field})`);
  }
  if (parsed.data.type === 'event' && !parsed.data.name) throw badArgument('an event needs a name');
  return parsed.data;
}

export interface Party {
  id: string;
  name?: string;
  role: 'user' | 'bot';
}

/** A person's activity as the log keeps it (and every reader sees it). */
export function userActivityRecord(input: {
  activity: PostedActivity;
  conversationId: string;
  user: Party;
  bot: Party;
  channelId: string;
  timestamp: string;
}): StoredActivity {
  const { activity } = input;
  return withoutUndefined({
    type: activity.type,
    channelId: input.channelId,
    conversation: { id: input.conversationId },
    from: input.user,
    recipient: input.bot,
    timestamp: input.timestamp,
    text: activity.text,
    textFormat: activity.textFormat,
    locale: activity.locale,
    localTimezone: activity.localTimezone,
    value: activity.value,
    name: activity.name,
    replyToId: activity.replyToId,
    channelData: activity.channelData,
    entities: activity.entities,
  });
}

const botFields = [
  'type',
  'text',
  'speak',
  'inputHint',
  'textFormat',
  'attachmentLayout',
  'attachments',
  'suggestedActions',
  'entities',
  'value',
  'valueType',
  'name',
  'label',
  'code',
  'channelData',
  'locale',
  'replyToId',
  'summary',
  'importance',
  'expiration',
] as const;

/** Activity types a client is shown; others (trace, handoff, invokeResponse) stay with the bot. */
const SHOWN = new Set(['message', 'typing', 'event', 'endOfConversation']);

const botActivity = z
  .object({
    type: z.string().min(1).max(64),
    text: z
      .string()
      .max(64 * 1024)
      .optional(),
    attachments: z.array(z.record(z.string(), z.unknown())).max(50).optional(),
    replyToId: shortString.optional(),
  })
  .passthrough();

/** The bot's activity as the log keeps it; undefined when it is not one a client is shown. */
export function botActivityRecord(input: {
  body: unknown;
  conversationId: string;
  user: Party;
  bot: Party;
  channelId: string;
  timestamp: string;
  /** The activity the bot answers, when the connector call named one. */
  replyToId?: string | undefined;
}): StoredActivity | undefined {
  const parsed = botActivity.safeParse(input.body);
  if (!parsed.success) throw badArgument('the body must be an activity');
  if (!SHOWN.has(parsed.data.type)) return undefined;
  const source = parsed.data as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const field of botFields) kept[field] = source[field];
  return withoutUndefined({
    ...kept,
    channelId: input.channelId,
    conversation: { id: input.conversationId },
    from: input.bot,
    recipient: input.user,
    timestamp: input.timestamp,
    replyToId: kept.replyToId ?? input.replyToId,
  });
}

/** Direct Line ids are `<conversation>|<sequence>`, the sequence being the activity's place in the log. */
export const activityId = (conversationId: string, index: number): string =>
  `${conversationId}|${String(index).padStart(7, '0')}`;

/** An activity as a client receives it: with its id, derived from its place in the log. */
export const presented = (conversationId: string, index: number, record: StoredActivity): StoredActivity => ({
  ...record,
  id: activityId(conversationId, index),
});

function withoutUndefined(record: Record<string, unknown>): StoredActivity {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
