import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type Choice,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { detectNeeds } from '../src/understanding/needs/detectNeeds';
import { needsToSayBack } from '../src/domain/needs/sayBack';
import { NEED_IDS, type NeedId } from '../src/domain/needs/taxonomy';
import type { MessageKey } from '../src/i18n/translator';
import type { ReferralService } from '../src/services/referrals/referralService';
import { DialogIds } from './dialogIds';
import { patientKeyOf } from './patient';
import type { Speaker } from './speaker';
import { yesNoChoices } from './yesNo';
import { SignpostChoicePrompt } from './prompts/choicePrompt';

export interface WhatMattersResult {
  needs: NeedId[];
}

export interface WhatMattersOptions {
  /** What the patient said before being asked ("I'm lonely since..." as their first message): their answer. */
  answer?: string;
}

interface Options extends WhatMattersOptions {
  /** The patient said "not quite" once: ask again in other words, then offer the list. */
  retry?: boolean;
  earlierText?: string;
}

interface Values {
  text: string;
  needs: NeedId[];
  mode: 'confirm' | 'pick';
}

export interface WhatMattersDialogDeps {
  speaker: Speaker;
  referrals: ReferralService;
}

/** Joins need names as a person would: "a, b and c" in English, the locale's own way elsewhere. */
export function joinList(locale: string | undefined, items: string[]): string {
  return new Intl.ListFormat(locale ?? 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * "What matters to you at the moment?": the patient's own words, the needs understood from them said
 * back, and the patient's confirmation or correction. When nothing is understood, or the second try
 * is still wrong, the patient picks from the list; "something else" keeps their words for the link
 * worker without a coded need.
 */
export class WhatMattersDialog extends ComponentDialog {
  constructor(private readonly deps: WhatMattersDialogDeps) {
    super(DialogIds.whatMatters);
    this.addDialog(
      new TextPrompt(DialogIds.whatMattersText, async (prompt: PromptValidatorContext<string>) =>
        Boolean(prompt.recognized.value?.trim()),
      ),
    );
    this.addDialog(new SignpostChoicePrompt(DialogIds.whatMattersConfirm, deps.speaker.translator));
    this.addDialog(new SignpostChoicePrompt(DialogIds.whatMattersPick, deps.speaker.translator));
    this.addDialog(
      new WaterfallDialog(DialogIds.whatMattersFlow, [
        this.askWhatMattersStep.bind(this),
        this.sayBackStep.bind(this),
        this.confirmOrCorrectStep.bind(this),
        this.recordPickStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.whatMattersFlow;
  }

  private async askWhatMattersStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const retry = step.options?.retry === true;
    const answer = step.options?.answer;
    if (answer && !retry) return step.next(answer);
    if (!retry) await speaker.say(step.context, 'whatMatters.askHint');
    return step.prompt(DialogIds.whatMattersText, {
      prompt: speaker.text(step.context, retry ? 'whatMatters.tellAgain' : 'whatMatters.ask'),
      retryPrompt: speaker.text(step.context, 'whatMatters.empty'),
    });
  }

  private async sayBackStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const said = String(step.result).trim();
    const text = step.options?.earlierText ? `${step.options.earlierText} / ${said}` : said;
    const detection = detectNeeds({ text: said, locale: step.context.activity.locale ?? 'en-GB' });
    const needs = needsToSayBack({ needs: detection.needs });
    const values = step.values as Values;
    values.text = text;
    values.needs = needs;
    if (!needs.length) return this.offerList(step, 'whatMatters.notSure');

    values.mode = 'confirm';
    const { speaker } = this.deps;
    const names = needs.map((id) => this.needName(step.context, id));
    await speaker.say(step.context, needs.length === 1 ? 'whatMatters.sayBackOne' : 'whatMatters.sayBack', {
      needs: joinList(step.context.activity.locale, names),
    });
    return step.prompt(DialogIds.whatMattersConfirm, {
      prompt: speaker.text(step.context, 'whatMatters.confirm'),
      retryPrompt: speaker.text(step.context, 'whatMatters.confirmRetry'),
      choices: yesNoChoices(speaker, step.context, 'whatMatters.yes', 'whatMatters.no'),
      style: ListStyle.suggestedAction,
    });
  }

  private async confirmOrCorrectStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const values = step.values as Values;
    if (values.mode === 'pick') return step.next(step.result);
    if ((step.result as FoundChoice).index === 0) return this.record(step, values.needs);
    if (!step.options?.retry)
      return step.replaceDialog(DialogIds.whatMattersFlow, { retry: true, earlierText: values.text });
    return this.offerList(step, 'whatMatters.pickRetry');
  }

  private async recordPickStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    // The list ends with "something else", one past the needs.
    const need = NEED_IDS[(step.result as FoundChoice).index];
    return this.record(step, need === undefined ? [] : [need]);
  }

  private async offerList(
    step: WaterfallStepContext<Options>,
    promptKey: MessageKey,
  ): Promise<DialogTurnResult> {
    (step.values as Values).mode = 'pick';
    const { speaker } = this.deps;
    const choices: Choice[] = [
      ...NEED_IDS.map((id) => ({ value: this.needName(step.context, id) })),
      { value: speaker.text(step.context, 'whatMatters.somethingElse') },
    ];
    return step.prompt(DialogIds.whatMattersPick, {
      prompt: speaker.text(
        step.context,
        promptKey === 'whatMatters.pickRetry' ? 'whatMatters.notSure' : promptKey,
      ),
      retryPrompt: speaker.text(step.context, 'whatMatters.pickRetry'),
      choices,
      style: ListStyle.list,
    });
  }

  private async record(step: WaterfallStepContext<Options>, needs: NeedId[]): Promise<DialogTurnResult> {
    const { text } = step.values as Values;
    await this.deps.referrals.recordWhatMatters(patientKeyOf(step.context), text, needs);
    await this.deps.speaker.say(
      step.context,
      needs.length ? 'whatMatters.noted' : 'whatMatters.somethingElseNoted',
    );
    return step.endDialog({ needs } satisfies WhatMattersResult);
  }

  private needName(context: TurnContext, id: NeedId): string {
    return this.deps.speaker.text(context, `needs.${id}`);
  }
}
