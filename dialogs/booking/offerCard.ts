import { CardFactory, MessageFactory, type Activity, type Attachment, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { SlotOffer } from '../../src/services/booking/bookingService';
import type { Speaker } from '../speaker';
import type { SlotChoiceValidations } from './slotChoicePrompt';
import { channelTraits } from '../channelTraits';
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
 * The prompt that offers slots, once per channel (a screen reader must not hear the times twice): on
 * a channel that renders cards, the card of buttons with a short line on how to choose; elsewhere, a
 * numbered text list. Either way, typing a slot's number picks it. Also gives the ids offered, which
 * the slot prompt checks answers against.
 */
export function slotOfferPrompt(
  speaker: Speaker,
  context: TurnContext,
  offers: readonly SlotOffer[],
): { prompt: Partial<Activity>; validations: SlotChoiceValidations } {
  const lines = offers.map((offer, index) =>
    speaker.text(context, 'booking.offer.line', {
      number: index + 1,
      when: spokenWhen(speaker, context, offer.start),
      worker: offer.workerName,
    }),
  );
  // The words of each time's line, so "the 2:45 one" picks it as well as its number does.
  // When each starts, so "Friday" or "half 2" picks the one time it fits.
  const validations = {
    offered: offers.map((offer) => offer.id),
    starts: offers.map((offer) => offer.start),
    labels: offers.map((offer) =>
      speaker.text(context, 'booking.pick.line', {
        when: spokenWhen(speaker, context, offer.start),
        worker: offer.workerName,
      }),
    ),
  };
  if (channelTraits(context.activity.channelId).rendersAdaptiveCards) {
    const card = offerCard({
      heading: speaker.text(context, 'booking.offer.cardHeading'),
      // Each button says the whole time and who with, so each has its own accessible name.
      slots: offers.map((offer, index) => ({ id: offer.id, label: lines[index] ?? offer.id })),
      moreLabel: speaker.text(context, 'booking.offer.moreButton'),
      otherDayLabel: speaker.text(context, 'booking.offer.otherDayButton'),
    });
    return {
      prompt: MessageFactory.attachment(card, speaker.text(context, 'booking.offer.howToChooseCard')),
      validations,
    };
  }
  return {
    prompt: MessageFactory.text(
      `${lines.join('\n')}\n\n${speaker.text(context, 'booking.offer.howToChoose')}`,
    ),
    validations,
  };
}
