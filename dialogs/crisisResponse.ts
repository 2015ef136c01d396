import type { TurnContext } from 'botbuilder';
import type { CrisisAssessment, SafetyRoute, SafetyService } from '../src/domain/safety/types';
import type { MessageKey } from '../src/i18n/translator';
import type { Speaker } from './speaker';

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The services whose sentence names a phone option ("choose option 2"). */
const WITH_PHONE_OPTION: Partial<Record<SafetyService, MessageKey>> = {
  nhs111: 'crisis.service.nhs111Option',
  nhs111Wales: 'crisis.service.nhs111WalesOption',
};

/**
 * What Signpost says when a message shows someone may be in crisis: a kind opening, then each route
 * as its own short message, most urgent first, then an offer to carry on. The routes are data from
 * the safety engine; the words are the locale's.
 */
export class CrisisResponse {
  constructor(private readonly speaker: Speaker) {}

  async send(
    context: TurnContext,
    assessment: CrisisAssessment,
    routes: readonly SafetyRoute[],
  ): Promise<void> {
    await this.speaker.say(context, this.openingKey(assessment));
    for (const route of routes) await context.sendActivity(this.routeText(context, route));
    await this.speaker.say(context, 'crisis.carryOn');
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

  private openingKey(assessment: CrisisAssessment): MessageKey {
    if (assessment.kinds[0] === 'medicalEmergency') return 'crisis.opening.medicalEmergency';
    if (assessment.kinds[0] === 'abuse') return 'crisis.opening.abuse';
    if (!assessment.subjects.includes('self')) return 'crisis.opening.someoneElse';
    return 'crisis.opening.self';
  }
}
