import { CardFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { ONS4_QUESTIONS } from '../../src/domain/wellbeing/ons4';
import { languageName } from '../../src/domain/staff/languages';
import { ageOn } from '../../src/domain/staff/ukDate';
import { instantToWallClock, UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import type { HandoffView } from '../../src/services/handoffs/handoff';
import type { MessageKey } from '../../src/i18n/translator';
import { spokenHow, spokenWhen } from '../booking/spoken';
import { joinList } from '../whatMattersDialog';
import type { Speaker } from '../speaker';
import { safetyFlagsSection } from './safetyFlagCard';

/**
 * The link worker's summary of a handoff, as an Adaptive Card 1.5 (the newest Teams renders) with no
 * actions: what to do next is asked in the conversation, so nothing depends on a card's button. The
 * message's text says the essentials too, for a channel that shows no cards.
 */

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

type Element = Record<string, unknown>;

const text = (value: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
const facts = (items: [string, string][]): Element => ({
  type: 'FactSet',
  facts: items.map(([title, value]) => ({ title, value })),
});

/** `today` (Europe/London) gives the patient's age. */
export function handoffCard(
  speaker: Speaker,
  context: TurnContext,
  view: HandoffView,
  today: string,
): Attachment {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => speaker.text(context, key, vars);
  const { booking, referral, patient, handoff } = view;
  const body: Element[] = [
    text(t(handoff.status === 'new' ? 'staff.card.titleNew' : 'staff.card.title'), {
      size: 'Medium',
      weight: 'Bolder',
    }),
    facts([
      [t('staff.card.when'), spokenWhen(speaker, context, booking.start)],
      [t('staff.card.how'), spokenHow(speaker, context, booking.mode, booking.siteName ?? undefined)],
      [t('staff.card.bookedBy'), t(`staff.card.bookedByKind.${booking.bookedBy}`)],
      [t('staff.card.status'), t(`staff.status.${handoff.status}`)],
    ]),
  ];

  if (referral) body.push(...safetyFlagsSection(speaker, context, referral.safetyFlags));

  if (patient) {
    const born = dateFormat.format(new Date(`${patient.dateOfBirth}T00:00:00Z`));
    const language = languageName(patient.language);
    body.push(
      text(t('staff.card.patient'), { weight: 'Bolder', spacing: 'Medium' }),
      facts([
        [t('staff.card.name'), patient.name],
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
    );
  }

  if (!referral) {
    body.push(text(t('staff.card.minimal'), { isSubtle: true }));
  } else {
    const needs = referral.needs.map((id) => t(`staff.need.${id}`));
    const rows: [string, string][] = [];
    if (needs.length) rows.push([t('staff.card.needs'), joinList('en-GB', needs)]);
    if (referral.likedOffers.length)
      rows.push([t('staff.card.liked'), joinList('en-GB', [...referral.likedOffers])]);
    if (!patient && referral.languages.length) {
      rows.push([t('staff.card.language'), joinList('en-GB', referral.languages.map(languageName))]);
    }
    if (referral.accessNeeds.length) {
      rows.push([
        t('staff.card.access'),
        joinList(
          'en-GB',
          referral.accessNeeds.map((code) => t(`staff.access.${code}`)),
        ),
      ]);
    }
    if (!patient && referral.contactPhone) rows.push([t('staff.card.phone'), referral.contactPhone]);
    if (rows.length) body.push(facts(rows));
    if (referral.ownWords) {
      body.push(
        text(t('staff.card.ownWords'), { weight: 'Bolder', spacing: 'Medium' }),
        text(`"${referral.ownWords}"`, { isSubtle: false }),
      );
    }
    if (referral.wellbeing) {
      const scores = referral.wellbeing;
      const answered = ONS4_QUESTIONS.filter((question) => scores[question.id] !== undefined);
      if (answered.length) {
        body.push(text(t('staff.card.wellbeing'), { weight: 'Bolder', spacing: 'Medium' }));
        for (const question of answered) {
          body.push(
            text(
              `${t(`wellbeing.${question.id}`)} ${t('staff.card.score', { score: scores[question.id] ?? 0 })}`,
            ),
          );
        }
      }
    }
  }
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
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

function nhsDisplay(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
