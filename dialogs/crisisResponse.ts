import { ActionTypes, MessageFactory, type TurnContext } from 'botbuilder';
import type {
  CheckQuestion,
  CrisisKind,
  SafetyRoute,
  SafetyService,
  Subject,
} from '../src/domain/safety/types';
import type { MessageKey } from '../src/i18n/translator';
import type { Speaker } from './speaker';

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The services whose sentence names a phone option ("choose option 2"). */
const WITH_PHONE_OPTION: Partial<Record<SafetyService, MessageKey>> = {
  nhs111: 'crisis.service.nhs111Option',
  nhs111Wales: 'crisis.service.nhs111WalesOption',
};

/** What the crisis reply needs to know: the kinds found, most urgent first, and who is at risk. */
export interface CrisisReplyInput {
  kinds: readonly CrisisKind[];
  subjects: readonly Subject[];
}

/**
 * What Signpost says when a message shows someone may be in crisis: a kind opening, then each route
 * as its own short message, most urgent first. The routes are data from the safety engine; the words
 * are the locale's. It also asks the direct check question of the possible tier, and the "carry on?"
 * question that follows a crisis reply, each with Yes and No buttons.
 */
export class CrisisResponse {
  constructor(private readonly speaker: Speaker) {}

  async send(context: TurnContext, input: CrisisReplyInput, routes: readonly SafetyRoute[]): Promise<void> {
    await this.speaker.say(context, this.openingKey(input));
    for (const route of routes) await context.sendActivity(this.routeText(context, route));
  }

  routeText(context: TurnContext, route: SafetyRoute): string {
    const optionKey = route.phoneOption === undefined ? undefined : WITH_PHONE_OPTION[route.service];
    const serviceKey: MessageKey = optionKey ?? `crisis.service.${route.service}`;
    const sentence = this.speaker.text(context, serviceKey, {
      phone: route.phone ?? '',
      option: route.phoneOption ?? '',
      keyword: route.sms?.keyword ?? '',
      to: route.sms?.to ?? '',
    });
    if (route.condition) {
      return this.speaker.text(context, `crisis.condition.${route.condition}`, {
        route: sentence,
      });
    }
    if (route.ageBelow !== undefined)
      return this.speaker.text(context, 'crisis.ageBelow', { age: route.ageBelow, route: sentence });
    return capitalise(sentence);
  }

  /** "Are you thinking about ending your life?", kindly put, with Yes and No buttons. */
  async askCheck(context: TurnContext, question: CheckQuestion): Promise<void> {
    await this.speaker.say(
      context,
      question === 'someoneInDanger' ? 'safetyCheck.introOther' : 'safetyCheck.intro',
    );
    await this.ask(context, `safetyCheck.question.${question}`);
  }

  /** After the routes: whether to carry on with what was interrupted. */
  async askCarryOn(context: TurnContext, again = false): Promise<void> {
    await this.ask(context, again ? 'crisis.carryOnAgain' : 'crisis.carryOnAsk');
  }

  private async ask(context: TurnContext, key: MessageKey): Promise<void> {
    const yes = this.speaker.text(context, 'safetyCheck.yes');
    const no = this.speaker.text(context, 'safetyCheck.no');
    await context.sendActivity(
      MessageFactory.suggestedActions(
        [
          { type: ActionTypes.ImBack, title: yes, value: yes },
          { type: ActionTypes.ImBack, title: no, value: no },
        ],
        this.speaker.text(context, key),
      ),
    );
  }

  private openingKey(input: CrisisReplyInput): MessageKey {
    if (input.kinds[0] === 'medicalEmergency') return 'crisis.opening.medicalEmergency';
    // "You deserve to be safe" is for the person being hurt, not a parent who found the messages.
    if (!input.subjects.includes('self')) return 'crisis.opening.someoneElse';
    if (input.kinds[0] === 'abuse') return 'crisis.opening.abuse';
    return 'crisis.opening.self';
  }
}
