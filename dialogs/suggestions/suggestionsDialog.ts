import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  type Activity,
  type Attachment,
  type TurnContext,
} from 'botbuilder';
import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { restrictionsOf } from '../../src/domain/directory/explainSuggestion';
import type { Suggestion } from '../../src/domain/directory/rankOffers';
import type { CommunityOfferDirectory } from '../../src/services/directory/offerDirectory';
import { suggestionProfileFromDraft } from '../../src/services/referrals/profile';
import type { ReferralService } from '../../src/services/referrals/referralService';
import { DialogIds } from '../dialogIds';
import { patientKeyOf } from '../patient';
import type { Speaker } from '../speaker';
import { contactText, describeSuggestion, factsOf, type OfferText, type Say } from './describeOffer';
import offerCardTemplate from './offerCard.json';
import { CardTemplate } from '../cards/cardTemplate';
import type { SuggestionAnswer, SuggestionWords } from './suggestionAnswer';
import type { SuggestionButton } from '../../src/understanding/suggestionReply';
import { UK_TIME_ZONE } from '../../src/domain/calendar/wallClock';
import type { Clock } from '../../src/services/ports';
import { SuggestionPrompt, type SuggestionPromptState } from './suggestionPrompt';

/** How the suggestions ended, for the journey to decide what comes next. */
export interface SuggestionsResult {
  next: 'book' | 'done' | 'askBook';
  /** Their words when they asked to book saying when or how to meet ("asap by phone"): booking reads them. */
  said?: string;
}

interface Options {
  /** Offers already shown in earlier rounds ("show me other options"). */
  excludeIds?: string[];
  /** The offers still on screen: re-ask about them without showing them again. */
  onScreen?: SuggestionPromptState['shown'];
}

export interface SuggestionsDialogDeps {
  speaker: Speaker;
  directory: CommunityOfferDirectory;
  referrals: ReferralService;
  /** Channels that render Adaptive Cards 1.5; others get the same offers as a numbered text list. */
  cardChannels?: readonly string[];
  /** Reads a day or time typed here ("asap by phone please") as a wish to book; without it, only words do. */
  clock?: Clock;
}

const SHOWN_AT_ONCE = 3;
const DEFAULT_CARD_CHANNELS = ['msteams', 'webchat', 'directline', 'emulator'];
/** The offer card: made once for each offer as described in each language. */
const offerCards = new CardTemplate<{ id: string } & OfferText>(offerCardTemplate);

/**
 * Community offers that fit the patient, three at a time, each with the true reasons it was chosen
 * and who it is for. Cards where the channel shows them, a numbered list where it does not (never
 * both); "I'm interested" is kept on the referral draft for the link worker.
 */
export class SuggestionsDialog extends ComponentDialog {
  constructor(private readonly deps: SuggestionsDialogDeps) {
    super(DialogIds.suggestions);
    this.addDialog(new SuggestionPrompt(DialogIds.suggestionsAnswer, (context) => this.words(context)));
    this.addDialog(
      new WaterfallDialog(DialogIds.suggestionsFlow, [
        this.showOffersStep.bind(this),
        this.actOnAnswerStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.suggestionsFlow;
  }

  private async showOffersStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = step.options ?? {};
    if (options.onScreen) {
      return this.ask(step, options.onScreen, this.followUpActivity(step.context));
    }
    const excludeIds = options.excludeIds ?? [];
    const draft = await this.deps.referrals.get(patientKeyOf(step.context));
    const { suggestions } = this.deps.directory.suggest({
      profile: suggestionProfileFromDraft(draft, step.context.activity.locale ?? 'en-GB'),
      limit: SHOWN_AT_ONCE,
      excludeIds,
    });
    if (!suggestions.length) {
      await speaker.say(step.context, excludeIds.length ? 'suggestions.noneMore' : 'suggestions.none');
      return step.endDialog({ next: 'askBook' } satisfies SuggestionsResult);
    }
    const shown = suggestions.map((suggestion) => ({ id: suggestion.offer.id, name: suggestion.offer.name }));
    const introKey = excludeIds.length
      ? 'suggestions.more'
      : suggestions.length === 1
        ? 'suggestions.introOne'
        : 'suggestions.intro';
    return this.ask(step, shown, this.offersActivity(step.context, suggestions, introKey));
  }

  private async actOnAnswerStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const answer = step.result as SuggestionAnswer;
    const shown = (step.values as SuggestionPromptState).shown;
    const excludeIds = step.options?.excludeIds ?? [];
    switch (answer.action) {
      case 'interested': {
        const offer = this.deps.directory.getOffer(answer.offerId);
        if (!offer) break;
        await this.deps.referrals.likeOffer(patientKeyOf(step.context), { id: offer.id, name: offer.name });
        await speaker.say(step.context, 'suggestions.interested', { name: offer.name });
        const contact = contactText(offer);
        if (contact) await speaker.say(step.context, 'suggestions.contact', { contact });
        break;
      }
      case 'moreInfo': {
        const offer = this.deps.directory.getOffer(answer.offerId);
        if (offer) await step.context.sendActivity(this.detailActivity(step.context, offer));
        break;
      }
      case 'unknownOffer':
        await speaker.say(step.context, 'suggestions.unknownOffer');
        break;
      case 'otherOptions':
        return step.replaceDialog(DialogIds.suggestionsFlow, {
          excludeIds: [...excludeIds, ...shown.map((offer) => offer.id)],
        } satisfies Options);
      case 'book':
        return step.endDialog({
          next: 'book',
          ...(answer.said === undefined ? {} : { said: answer.said }),
        } satisfies SuggestionsResult);
      case 'done':
        await speaker.say(step.context, 'suggestions.done');
        return step.endDialog({ next: 'done' } satisfies SuggestionsResult);
    }
    return step.replaceDialog(DialogIds.suggestionsFlow, { excludeIds, onScreen: shown } satisfies Options);
  }

  private ask(
    step: WaterfallStepContext<Options>,
    shown: SuggestionPromptState['shown'],
    prompt: Partial<Activity>,
  ): Promise<DialogTurnResult> {
    (step.values as SuggestionPromptState).shown = shown;
    return step.prompt(DialogIds.suggestionsAnswer, {
      prompt,
      retryPrompt: {
        ...this.followUpActivity(step.context),
        text: this.deps.speaker.text(
          step.context,
          this.usesCards(step.context) ? 'suggestions.retryCards' : 'suggestions.retry',
        ),
      },
      validations: { shown } satisfies SuggestionPromptState,
    });
  }

  private words(context: TurnContext): SuggestionWords {
    const { speaker, clock } = this.deps;
    const button = (key: SuggestionButton) => ({
      label: speaker.text(context, `suggestions.button.${key}`),
      words: speaker.list(context, `suggestions.words.${key}`),
    });
    const locale = context.activity.locale;
    return {
      buttons: { otherOptions: button('otherOptions'), book: button('book'), done: button('done') },
      moreInfo: speaker.list(context, 'suggestions.words.moreInfo'),
      locale: speaker.translator.resolve(locale),
      ...(clock ? { when: { referenceDate: clock.now(), timeZone: UK_TIME_ZONE } } : {}),
    };
  }

  private sayer(context: TurnContext): Say {
    return (key, vars) => this.deps.speaker.text(context, key, vars);
  }

  private usesCards(context: TurnContext): boolean {
    return (this.deps.cardChannels ?? DEFAULT_CARD_CHANNELS).includes(context.activity.channelId);
  }

  /** The buttons that always apply: other options, book, done. */
  private actions(context: TurnContext) {
    const label = (key: 'otherOptions' | 'book' | 'done') =>
      this.deps.speaker.text(context, `suggestions.button.${key}`);
    return (['otherOptions', 'book', 'done'] as const).map((key) => label(key));
  }

  private offersActivity(
    context: TurnContext,
    suggestions: Suggestion[],
    introKey: 'suggestions.intro' | 'suggestions.introOne' | 'suggestions.more',
  ): Partial<Activity> {
    const { speaker } = this.deps;
    const intro = speaker.text(context, introKey);
    if (this.usesCards(context)) {
      const activity = MessageFactory.carousel(
        suggestions.map((suggestion) => this.offerCard(context, suggestion)),
        `${intro}\n\n${speaker.text(context, 'suggestions.ask')}`,
      );
      return this.withActions(context, activity);
    }
    const say = this.sayer(context);
    const lines = suggestions.map((suggestion, index) => {
      const text = describeSuggestion(say, context.activity.locale, suggestion);
      const facts = text.facts.map((fact) => `${fact.title}: ${fact.value}`).join('. ');
      return `${index + 1}. ${text.name}${text.why ? ` (${text.why})` : ''}. ${facts}.`;
    });
    return this.withActions(context, {
      type: ActivityTypes.Message,
      text: [intro, ...lines, speaker.text(context, 'suggestions.askText')].join('\n\n'),
    });
  }

  /** The activity with the actions under a list of offers, as MessageFactory builds them. */
  private withActions(context: TurnContext, activity: Partial<Activity>): Partial<Activity> {
    const { suggestedActions } = MessageFactory.suggestedActions(this.actions(context));
    return suggestedActions === undefined ? activity : { ...activity, suggestedActions };
  }

  private followUpActivity(context: TurnContext): Partial<Activity> {
    return MessageFactory.suggestedActions(
      this.actions(context),
      this.deps.speaker.text(context, 'suggestions.bookNext'),
    );
  }

  private offerCard(context: TurnContext, suggestion: Suggestion): Attachment {
    const text = describeSuggestion(this.sayer(context), context.activity.locale, suggestion);
    return CardFactory.adaptiveCard(offerCards.expand({ id: suggestion.offer.id, ...text }));
  }

  private detailActivity(context: TurnContext, offer: Suggestion['offer']): Partial<Activity> {
    const facts = factsOf(
      this.sayer(context),
      context.activity.locale,
      { offer, attendance: 'unknown', restrictions: restrictionsOf(offer) },
      true,
    );
    const text = [offer.name, offer.description, ...facts.map((fact) => `${fact.title}: ${fact.value}`)]
      .filter(Boolean)
      .join('\n\n');
    return MessageFactory.text(text);
  }
}
