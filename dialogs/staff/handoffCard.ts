import { CardFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { ONS4_QUESTIONS, type Ons4Scores } from '../../src/domain/wellbeing/ons4';
import { languageName } from '../../src/domain/staff/languages';
import { ageOn } from '../../src/domain/staff/ukDate';
import { instantToWallClock, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import type { HandoffView } from '../../src/services/handoffs/handoff';
import type { MessageKey, MessageVars } from '../../src/i18n/translator';
import { spokenHow, spokenWhen } from '../booking/spoken';
import { plainCardText } from '../cards/plainText';
import { joinList } from '../whatMattersDialog';
import type { Speaker } from '../speaker';
import { safetyFlagsSection } from './safetyFlagCard';

/**
 * The link worker's summary of a handoff, as an Adaptive Card 1.5 (the newest Teams renders) with no
 * actions: what to do next is asked in the conversation, so nothing depends on a card's button. The
 * message's text says the essentials too, for a channel that shows no cards.
 *
 * The card is built from sections, one function each, in the order a link worker reads them: the
 * booking, what happened to it, safety, who the patient is and how to reach them, what matters to
 * them, wellbeing, and the outcome. Everything a patient (or a receptionist) typed goes in through
 * `plainCardText`, so it shows as plain text, never as a link, an image or formatting.
 */

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

type Element = Record<string, unknown>;
type Say = (key: MessageKey, vars?: MessageVars) => string;

interface Section {
  (input: { t: Say; view: HandoffView; speaker: Speaker; context: TurnContext; today: string }): Element[];
}

const text = (value: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
const heading = (value: string): Element => text(value, { weight: 'Bolder', spacing: 'Medium' });
const facts = (items: [string, string][]): Element => ({
  type: 'FactSet',
  facts: items.map(([title, value]) => ({ title, value })),
});
/** Typed by a person: shown as plain text. */
const typed = (value: string) => plainCardText(value);

const bookingSection: Section = ({ t, view, speaker, context }) => {
  const { booking, handoff } = view;
  const title: MessageKey =
    handoff.status === 'cancelled'
      ? 'staff.card.titleCancelled'
      : handoff.status === 'new'
        ? 'staff.card.titleNew'
        : 'staff.card.title';
  return [
    text(t(title), { size: 'Medium', weight: 'Bolder' }),
    facts([
      [t('staff.card.when'), spokenWhen(speaker, context, booking.start)],
      [t('staff.card.how'), spokenHow(speaker, context, booking.mode, booking.siteName ?? undefined)],
      [t('staff.card.bookedBy'), t(`staff.card.bookedByKind.${booking.bookedBy}`)],
      [t('staff.card.status'), t(`staff.status.${handoff.status}`)],
    ]),
  ];
};

const changeSection: Section = ({ t, view }) => {
  const { handoff } = view;
  const elements: Element[] = [];
  if (handoff.status === 'cancelled') {
    const by = handoff.cancelledBecause === 'booking' ? 'patient' : (handoff.cancelledBecause ?? 'patient');
    elements.push(text(t(`staff.card.cancelledBy.${by}`), { color: 'Warning', weight: 'Bolder' }));
    if (handoff.cancelReason)
      elements.push(text(t('staff.card.cancelReason', { reason: typed(handoff.cancelReason) })));
  }
  if (handoff.movedFrom && handoff.status !== 'cancelled')
    elements.push(text(t('staff.card.movedFrom'), { isSubtle: true }));
  return elements;
};

/** Safety flags (see safetyFlagCard.ts): first after the booking, so they are not missed. */
const safetySection: Section = ({ view, speaker, context }) =>
  view.referral ? safetyFlagsSection(speaker, context, view.referral.safetyFlags) : [];

const patientSection: Section = ({ t, view, today }) => {
  const { patient } = view;
  if (!patient) return [];
  const born = dateFormat.format(new Date(`${patient.dateOfBirth}T00:00:00Z`));
  const language = languageName(patient.language);
  return [
    heading(t('staff.card.patient')),
    facts([
      [t('staff.card.name'), typed(patient.name)],
      [
        t('staff.card.born'),
        t('staff.card.bornValue', { date: born, age: ageOn(patient.dateOfBirth, today) }),
      ],
      [
        t('staff.card.nhsNumber'),
        patient.nhsNumber ? nhsDisplay(patient.nhsNumber) : t('staff.card.notGiven'),
      ],
      [t('staff.card.phone'), patient.phone ?? t('staff.card.notGiven')],
      [t('staff.card.contact'), t(`staff.contact.${patient.preferredContact}`)],
      [
        t('staff.card.language'),
        patient.interpreter ? t('staff.card.withInterpreter', { language }) : language,
      ],
    ]),
  ];
};

/** For a patient who booked themselves: exactly what they agreed to give, or that they gave nothing. */
const contactSection: Section = ({ t, view }) => {
  const { referral, patient } = view;
  if (patient || !referral) return [];
  const { name, phone, email } = referral.contact;
  const rows: [string, string][] = [];
  if (name) rows.push([t('staff.card.name'), typed(name)]);
  if (phone) rows.push([t('staff.card.phone'), phone]);
  if (email) rows.push([t('staff.card.email'), plainCardText(email, { keepAddresses: true })]);
  if (rows.length === 0) return [heading(t('staff.card.reach')), text(t('staff.card.noContact'))];
  return [heading(t('staff.card.reach')), facts(rows)];
};

const referralSection: Section = ({ t, view }) => {
  const { referral, patient } = view;
  if (!referral) return [text(t('staff.card.minimal'), { isSubtle: true })];
  const rows: [string, string][] = [];
  const needs = referral.needs.map((id) => t(`staff.need.${id}`));
  if (needs.length) rows.push([t('staff.card.needs'), joinList('en-GB', needs)]);
  if (referral.enjoys) rows.push([t('staff.card.enjoys'), typed(referral.enjoys.replace(/\s*\n\s*/g, '; '))]);
  if (referral.likedOffers.length)
    rows.push([t('staff.card.liked'), joinList('en-GB', referral.likedOffers.map(typed))]);
  if (!patient && referral.languages.length)
    rows.push([t('staff.card.language'), joinList('en-GB', referral.languages.map(languageName))]);
  if (referral.accessNeeds.length) {
    rows.push([
      t('staff.card.access'),
      joinList(
        'en-GB',
        referral.accessNeeds.map((code) => t(`staff.access.${code}`)),
      ),
    ]);
  }
  const elements: Element[] = rows.length ? [facts(rows)] : [];
  if (referral.ownWords) {
    elements.push(heading(t('staff.card.ownWords')), text(`"${typed(referral.ownWords)}"`));
  }
  return elements;
};

const wellbeingSection: Section = ({ t, view }) => {
  const scores = view.referral?.wellbeing;
  if (!scores) return [];
  const answered = ONS4_QUESTIONS.filter((question) => scores[question.id] !== undefined);
  if (answered.length === 0) return [];
  return [
    heading(t('staff.card.wellbeing')),
    ...answered.map((question) =>
      text(`${t(`wellbeing.${question.id}`)} ${t('staff.card.score', { score: scores[question.id] ?? 0 })}`),
    ),
  ];
};

/** The link worker's own record: the outcome note and the follow-up ONS4, with the change from the start. */
const outcomeSection: Section = ({ t, view }) => {
  const outcome = view.handoff.outcome;
  if (!outcome) return [];
  const elements: Element[] = [
    heading(t('staff.card.outcome', { date: dateFormat.format(new Date(outcome.at)) })),
  ];
  if (outcome.notes) elements.push(text(typed(outcome.notes)));
  const followUp = outcome.wellbeing ?? {};
  const baseline: Ons4Scores = view.referral?.wellbeing ?? {};
  for (const question of ONS4_QUESTIONS) {
    const score = followUp[question.id];
    if (score === undefined) continue;
    const before = baseline[question.id];
    const label = `${t(`wellbeing.${question.id}`)} ${t('staff.card.score', { score })}`;
    if (before === undefined) {
      elements.push(text(label));
      continue;
    }
    const difference = score - before;
    const better = question.direction === 'higherIsBetter' ? difference > 0 : difference < 0;
    const change =
      difference === 0
        ? t('staff.card.change.same')
        : `${t(difference > 0 ? 'staff.card.change.up' : 'staff.card.change.down', { count: Math.abs(difference) })}, ${t(better ? 'staff.card.change.better' : 'staff.card.change.worse')}`;
    elements.push(text(t('staff.card.followUp', { label, baseline: before, change })));
  }
  return elements;
};

/** The sections of a card, in order. A new section (more safety detail, say) is one more entry. */
export const HANDOFF_CARD_SECTIONS: readonly Section[] = [
  bookingSection,
  changeSection,
  safetySection,
  patientSection,
  contactSection,
  referralSection,
  wellbeingSection,
  outcomeSection,
];

/** `today` (Europe/London) gives the patient's age. */
export function handoffCard(
  speaker: Speaker,
  context: TurnContext,
  view: HandoffView,
  today: string,
): Attachment {
  const t: Say = (key, vars) => speaker.text(context, key, vars);
  const body = HANDOFF_CARD_SECTIONS.flatMap((section) => section({ t, view, speaker, context, today }));
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
  });
}

/** The card an earlier link worker's copy becomes once the booking moved to someone else. */
export function movedAwayCard(speaker: Speaker, context: TurnContext, view: HandoffView): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      text(speaker.text(context, 'staff.card.titleMovedAway'), { size: 'Medium', weight: 'Bolder' }),
      text(
        speaker.text(context, 'staff.card.movedAway', {
          when: spokenWhen(speaker, context, view.booking.start),
        }),
      ),
    ],
  });
}

/** The message that carries the card, with the essentials as text for channels without cards. */
export function handoffMessage(
  speaker: Speaker,
  context: TurnContext,
  view: HandoffView,
  key: 'staff.handoff.arrived' | 'staff.handoff.summary',
  now: Date,
): Partial<Activity> {
  return {
    type: 'message',
    text: speaker.text(context, key, {
      when: spokenWhen(speaker, context, view.booking.start),
      how: spokenHow(speaker, context, view.booking.mode, view.booking.siteName ?? undefined),
    }),
    attachments: [handoffCard(speaker, context, view, instantToWallClock(now.getTime(), UK_TIME_ZONE).date)],
  };
}

/**
 * A link worker is told of a change to one of their bookings: moved to another time, moved to another
 * link worker, or cancelled by the patient (with the reason they gave and any safety flag). The card
 * goes with it, except to a link worker the booking is no longer theirs.
 */
export function handoffNoticeMessage(
  speaker: Speaker,
  context: TurnContext,
  view: HandoffView,
  notice: 'moved' | 'movedAway' | 'cancelled',
  previousStart: string | undefined,
  now: Date,
): Partial<Activity> {
  const when = spokenWhen(speaker, context, view.booking.start);
  const from = previousStart ? spokenWhen(speaker, context, previousStart) : when;
  if (notice === 'movedAway') {
    return { type: 'message', text: speaker.text(context, 'staff.notice.movedAway', { from }) };
  }
  const lines =
    notice === 'moved'
      ? [
          speaker.text(context, 'staff.notice.moved', {
            from,
            when,
            how: spokenHow(speaker, context, view.booking.mode, view.booking.siteName ?? undefined),
          }),
        ]
      : [speaker.text(context, 'staff.notice.cancelled', { when })];
  const kinds = [...new Set((view.referral?.safetyFlags ?? []).flatMap((flag) => flag.kinds))];
  if (notice === 'cancelled' && kinds.length > 0) {
    const names = joinList(
      'en-GB',
      kinds.map((kind) => speaker.text(context, `staff.crisis.${kind}`)),
    );
    lines.push(speaker.text(context, 'staff.notice.safety', { kinds: names }));
  }
  return {
    type: 'message',
    text: lines.join('\n\n'),
    attachments: [handoffCard(speaker, context, view, instantToWallClock(now.getTime(), UK_TIME_ZONE).date)],
  };
}

function nhsDisplay(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
