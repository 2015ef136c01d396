import fc from 'fast-check';

/**
 * Hostile input for Signpost's HTTP surface, shared by the property-based suite in `npm test`
 * (test/e2e/fuzz.test.ts) and the bounded campaign of `npm run fuzz` (bench/fuzz.ts).
 */

/** Text that would mean an error's insides reached a client: a stack frame, a class name, a syscall. */
export const ERROR_TEXT =
  /\bat (?:[^\s()"]+ \()?(?:\/|node:|file:)[^\s()"]*:\d+:\d+|\b(?:TypeError|RangeError|SyntaxError|ReferenceError|DialogContextError)\b|\bE(?:CONNREFUSED|CONNRESET|NOTFOUND|PIPE|ADDRINUSE)\b|Cannot read propert|is not a function|node_modules|\/src\/|\/dist\//;

/** What a request may be answered with: never 5xx, except botbuilder's 501 for an invoke no handler takes. */
export function acceptableStatus(status: number, activityType?: unknown): boolean {
  if (status === 501 && activityType === 'invoke') return true;
  return status > 0 && status < 500;
}

const weirdString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '__proto__',
    'constructor',
    'prototype',
    'help',
    'delete my data',
    'book',
    'yes',
    'no',
    '1',
    'start over',
  ),
  fc.string({ minLength: 500, maxLength: 5000 }),
);

/** Any JSON, including prototype-pollution keys and deep-ish nesting. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    weirdString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(weirdString, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

const activityTypes = fc.oneof(
  fc.constantFrom(
    'message',
    'conversationUpdate',
    'invoke',
    'event',
    'typing',
    'endOfConversation',
    'installationUpdate',
    'messageReaction',
    'trace',
    'handoff',
    'delete',
    'command',
  ),
  fc.string({ maxLength: 70 }),
);

/** A card's submitted data: near the real shapes (suggestions, slot offers) or anything at all. */
export const cardSubmit: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    signpost: fc.constantFrom('suggestion', 'other', ''),
    action: fc.constantFrom('interested', 'moreInfo', 'book', ''),
    offerId: fc.oneof(weirdString, fc.integer(), fc.constant(null)),
  }),
  fc.record({
    card: fc.constantFrom('slotOffer', 'SLOTOFFER'),
    action: fc.constantFrom('pickSlot', 'moreSlots', 'otherDay', 'cancel'),
    slotId: fc.oneof(weirdString, fc.constant('ada-lovell:2026-11-24T13:30:00.000Z'), fc.integer()),
  }),
  hostileJson,
);

/** An activity as a channel might post it to /api/messages, valid or not. */
export function hostileActivity(conversations: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      type: fc.oneof(activityTypes, fc.integer(), fc.constant(null)),
      id: fc.oneof(fc.uuid(), weirdString),
      channelId: fc.oneof(
        fc.constantFrom('test', 'msteams', 'emulator', 'webchat', 'directline'),
        weirdString,
      ),
      serviceUrl: fc.constantFrom('http://127.0.0.1:9', 'http://127.0.0.1:9/', 'not a url', ''),
      deliveryMode: fc.constantFrom('expectReplies', 'normal', 'stream', 'x'),
      conversation: fc.oneof(
        fc.record({ id: fc.constantFrom(...conversations) }),
        fc.record({ id: fc.oneof(weirdString, fc.integer()), isGroup: fc.boolean(), tenantId: weirdString }),
        hostileJson,
      ),
      from: fc.oneof(
        fc.record({
          id: fc.constantFrom('fuzz-user', 'staff-jo', '29:someone'),
          aadObjectId: fc.uuid(),
          name: weirdString,
        }),
        hostileJson,
      ),
      recipient: fc.record({ id: fc.constantFrom('signpost', '') }),
      locale: fc.oneof(fc.constantFrom('en-GB', 'cy', 'pl-PL', 'xx-Zzzz-123'), fc.integer(), hostileJson),
      text: fc.oneof(weirdString, fc.integer(), hostileJson),
      value: cardSubmit,
      name: fc.oneof(
        fc.constantFrom('adaptiveCard/action', 'task/fetch', 'signin/verifyState', 'composeExtension/query'),
        weirdString,
      ),
      membersAdded: fc.array(fc.record({ id: fc.constantFrom('fuzz-user', 'signpost', 'x') }), {
        maxLength: 30,
      }),
      membersRemoved: fc.array(fc.record({ id: weirdString }), { maxLength: 3 }),
      attachments: fc.array(hostileJson, { maxLength: 3 }),
      entities: fc.array(hostileJson, { maxLength: 3 }),
      channelData: hostileJson,
      timestamp: fc.oneof(fc.constant('2026-11-16T09:00:00Z'), weirdString),
      localTimestamp: weirdString,
      replyToId: weirdString,
    },
    { requiredKeys: ['conversation'] },
  );
}

/** A message a Web Chat client might post to its Direct Line conversation. */
export const hostileDirectLineActivity: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      type: fc.oneof(
        fc.constantFrom('message', 'event', 'typing', 'invoke', 'conversationUpdate'),
        weirdString,
      ),
      text: fc.oneof(weirdString, fc.integer(), hostileJson),
      value: cardSubmit,
      name: weirdString,
      locale: fc.oneof(fc.constantFrom('en-GB', 'pl'), weirdString, fc.integer()),
      from: hostileJson,
      channelData: hostileJson,
      attachments: fc.array(hostileJson, { maxLength: 2 }),
      entities: fc.array(hostileJson, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  hostileJson,
);

/** JSON nested `depth` levels deep, as text (no recursion is needed to write it). */
export function nestedJson(depth: number, open = '[', close = ']'): string {
  return `{"type":"message","conversation":{"id":"deep"},"value":${open.repeat(depth)}${close.repeat(depth)}}`;
}

/** Bytes that are not UTF-8 at all, wrapped in something that looks like JSON. */
export function invalidUtf8(seed: number): Buffer {
  const junk = Buffer.from([
    0xc3,
    0x28,
    0xa0,
    0xa1,
    0xe2,
    0x28,
    0xa1,
    0xf0,
    0x28,
    0x8c,
    0xbc,
    0xff,
    0xfe,
    seed & 0xff,
  ]);
  return Buffer.concat([
    Buffer.from('{"type":"message","text":"'),
    junk,
    Buffer.from('","conversation":{"id":"utf"}}'),
  ]);
}

/** The body as JSON text, with an own "__proto__" key put in (JSON.stringify never writes one). */
export function withProtoKey(body: unknown): string {
  const json = JSON.stringify(body) ?? 'null';
  return json.startsWith('{')
    ? `{"__proto__":{"polluted":true,"isAdmin":true},${json.slice(1)}`.replace(',}', '}')
    : json;
}
