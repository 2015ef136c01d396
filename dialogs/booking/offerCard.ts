import { CardFactory, MessageFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { SlotOffer } from '../../src/services/booking/bookingService';
import type { Speaker } from '../speaker';
import type { SlotChoiceValidations } from './slotChoicePrompt';
import { spokenWhen } from './spoken';

/**
 * The card that offers slots: one Action.Submit button per slot, then "more" and "another day".
 * Adaptive Cards 1.5 and Action.Submit only: Teams renders no later version, and Web Chat does not
 * run Action.Execute. Five buttons at most, within what Teams shows without folding them away.
 */

/** Marks this card's submits, so a submit from another card is not read as a slot choice. */
const CARD = 'slotOffer';

export const offerSubmitSchema = z.discriminatedUnion('action', [
  z.object({ card: z.literal(CARD), action: z.literal('pickSlot'), slotId: z.string().min(1).max(200) }),
  z.object({ card: z.literal(CARD), action: z.literal('moreSlots') }),
  z.object({ card: z.literal(CARD), action: z.literal('otherDay') }),
]);
export type OfferSubmit = z.infer<typeof offerSubmitSchema>;

export interface OfferCardInput {
  heading: string;
  slots: { id: string; label: string }[];
  moreLabel: string;
  otherDayLabel: string;
}

export function offerCard(input: OfferCardInput): Attachment {
  const submit = (title: string, data: OfferSubmit) => ({ type: 'Action.Submit', title, data });
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: input.heading, wrap: true, weight: 'Bolder', size: 'Medium' }],
    actions: [
      ...input.slots.map((slot) => submit(slot.label, { card: CARD, action: 'pickSlot', slotId: slot.id })),
      submit(input.moreLabel, { card: CARD, action: 'moreSlots' }),
      submit(input.otherDayLabel, { card: CARD, action: 'otherDay' }),
    ],
  });
}

/**
 * The prompt that offers slots: a numbered text list (for channels without cards, and for screen
 * readers) with the card of buttons, and the ids offered, which the slot prompt checks answers against.
 */
export function slotOfferPrompt(
  speaker: Speaker,
  context: TurnContext,
  offers: readonly SlotOffer[],
): { prompt: Partial<Activity>; validations: SlotChoiceValidations } {
  const labelled = offers.map((offer) => ({ offer, label: spokenWhen(speaker, context, offer.start) }));
  const lines = labelled.map(({ offer, label }, index) =>
    speaker.text(context, 'booking.offer.line', {
      number: index + 1,
      when: label,
      worker: offer.workerName,
    }),
  );
  const card = offerCard({
    heading: speaker.text(context, 'booking.offer.cardHeading'),
    slots: labelled.map(({ offer, label }) => ({ id: offer.id, label })),
    moreLabel: speaker.text(context, 'booking.offer.moreButton'),
    otherDayLabel: speaker.text(context, 'booking.offer.otherDayButton'),
  });
  return {
    prompt: MessageFactory.attachment(
      card,
      `${lines.join('\n')}\n\n${speaker.text(context, 'booking.offer.howToChoose')}`,
    ),
    validations: {
      offered: offers.map((offer) => offer.id),
      labels: labelled.map(({ offer, label }) =>
        speaker.text(context, 'booking.pick.line', { when: label, worker: offer.workerName }),
      ),
    },
  };
}
