import { CardFactory, type Activity, type TurnContext } from 'botbuilder';
import { instantToWallClock, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import type { MessageKey } from '../../src/i18n/translator';
import type { SafetyFlag } from '../../src/services/safety/safetyFlag';
import type { SafetyInboxView } from '../../src/services/safety/safetyFlagService';
import type { Speaker } from '../speaker';
import { joinList } from '../whatMattersDialog';

/**
 * The safety flags a link worker sees: on a handoff card, and as safety inbox messages. Each flag says
 * what kind of risk, how it came up, who raised it and when, and the words that raised it. Those words
 * were typed by a patient or a receptionist: they are escaped, because an Adaptive Card TextBlock reads
 * Markdown, and a patient must not be able to put a link or a heading in a link worker's card.
 */

type Element = Record<string, unknown>;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const MARKDOWN = /[\\`*_{}[\]()#+\-.!|>~<&]/g;

/** Text that a card shows exactly as typed: every Markdown character escaped, line breaks kept as spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(MARKDOWN, (char) => `\\${char}`);
}

const whenFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: UK_TIME_ZONE,
});

function kindsOf(speaker: Speaker, context: TurnContext, flag: SafetyFlag): string {
  const names = flag.redFlags?.length
    ? flag.redFlags.map((code) => speaker.text(context, `staff.flag.${code}`))
    : flag.kinds.map((kind) => speaker.text(context, `staff.crisis.${kind}`));
  return joinList('en-GB', names.length ? names : [speaker.text(context, 'staff.safety.unspecified')]);
}

/** One line that says what the flag is, then the words that raised it, escaped. */
export function safetyFlagElements(speaker: Speaker, context: TurnContext, flag: SafetyFlag): Element[] {
  const t = (key: MessageKey, vars?: Record<string, string>) => speaker.text(context, key, vars);
  const elements: Element[] = [
    {
      type: 'TextBlock',
      wrap: true,
      weight: 'Bolder',
      color: 'Attention',
      text: escapeMarkdown(
        t('staff.safety.line', {
          kinds: capitalise(kindsOf(speaker, context, flag)),
          outcome: t(`staff.safety.outcome.${flag.outcome ?? 'crisis'}`),
          source: t(`staff.safety.source.${flag.source ?? 'patient'}`),
          when: whenFormat.format(new Date(flag.at)),
        }),
      ),
    },
  ];
  for (const words of flag.words ?? []) {
    elements.push({
      type: 'TextBlock',
      wrap: true,
      isSubtle: false,
      text: escapeMarkdown(t('staff.safety.words', { words })),
    });
  }
  return elements;
}

/** The flags section of a handoff card: a title and each flag, oldest first. */
export function safetyFlagsSection(
  speaker: Speaker,
  context: TurnContext,
  flags: readonly SafetyFlag[],
): Element[] {
  if (flags.length === 0) return [];
  return [
    {
      type: 'TextBlock',
      wrap: true,
      size: 'Medium',
      weight: 'Bolder',
      color: 'Attention',
      spacing: 'Medium',
      text: speaker.text(context, 'staff.safety.title'),
    },
    ...flags.flatMap((flag) => safetyFlagElements(speaker, context, flag)),
    { type: 'TextBlock', wrap: true, text: speaker.text(context, 'staff.safety.checkIn') },
  ];
}

/** A safety inbox item for a link worker, as a card with the essentials also as text. */
export function safetyInboxMessage(
  speaker: Speaker,
  context: TurnContext,
  view: SafetyInboxView,
): Partial<Activity> {
  const t = (key: MessageKey, vars?: Record<string, string>) => speaker.text(context, key, vars);
  const { flag } = view.item;
  const rows: [string, string][] = [];
  if (view.needs.length)
    rows.push([
      t('staff.card.needs'),
      joinList(
        'en-GB',
        view.needs.map((id) => t(`staff.need.${id}`)),
      ),
    ]);
  rows.push([t('staff.card.phone'), view.contactPhone ?? t('staff.card.notGiven')]);
  rows.push([t('staff.safety.booked'), t(view.booked ? 'staff.safety.bookedYes' : 'staff.safety.bookedNo')]);
  const body: Element[] = [
    { type: 'TextBlock', size: 'Medium', weight: 'Bolder', wrap: true, text: t('staff.safety.inboxTitle') },
    ...safetyFlagElements(speaker, context, flag),
    { type: 'FactSet', facts: rows.map(([title, value]) => ({ title, value: escapeMarkdown(value) })) },
  ];
  if (view.ownWords) {
    body.push(
      { type: 'TextBlock', weight: 'Bolder', spacing: 'Medium', wrap: true, text: t('staff.card.ownWords') },
      { type: 'TextBlock', wrap: true, text: escapeMarkdown(`"${view.ownWords}"`) },
    );
  }
  body.push({ type: 'TextBlock', wrap: true, text: t('staff.safety.inboxNext') });
  return {
    type: 'message',
    text: t('staff.safety.inboxText', {
      kinds: kindsOf(speaker, context, flag),
      when: instantToWallClock(Date.parse(flag.at), UK_TIME_ZONE).date,
    }),
    attachments: [
      CardFactory.adaptiveCard({
        type: 'AdaptiveCard',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        version: '1.5',
        body,
      }),
    ],
  };
}
