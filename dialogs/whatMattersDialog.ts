import type { TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  ComponentDialog,
  TextPrompt,
  type DialogContext,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { detectNeeds } from '../src/understanding/needs/detectNeeds';
import {
  applyNeedsChange,
  readNeedsChange,
  type NeedsChange,
} from '../src/understanding/needs/readNeedsChange';
import { needsToSayBack } from '../src/domain/needs/sayBack';
import { NEED_IDS, type NeedId } from '../src/domain/needs/taxonomy';
import type { MessageKey } from '../src/i18n/translator';
import type { ReferralService } from '../src/services/referrals/referralService';
import { DialogIds } from './dialogIds';
import { innermostContext } from './innermost';
import { patientKeyOf } from './patient';
import { isReplayed } from './replayedMessage';
import type { Speaker } from './speaker';

export interface WhatMattersResult {
  needs: NeedId[];
}

export interface WhatMattersOptions {
  /** What the patient said before being asked ("I'm lonely since..." as their first message): their answer. */
  answer?: string;
}

/**
 * Where the conversation is: asking, saying needs back for a yes or a correction, asking what to
 * change, or showing the list because nothing was understood.
 */
type Stage = 'ask' | 'confirm' | 'change' | 'pick';

interface Options extends WhatMattersOptions {
  stage?: Stage;
  /** The patient's own words so far, kept for the link worker. */
  text?: string;
  needs?: NeedId[];
  /** Replies in a row that could not be read at this stage. */
  misses?: number;
  /** Corrections made so far. */
  rounds?: number;
  /** The prompt opens with "Sorry, I didn't follow" instead of the first words. */
  retry?: boolean;
}

/** After this many replies in a row that could not be read, what was understood is kept. */
const MAX_MISSES = 2;
/** After this many corrections, what the patient has said so far is noted. */
const MAX_ROUNDS = 3;

export interface WhatMattersDialogDeps {
  speaker: Speaker;
  referrals: ReferralService;
}

/**
 * Whether the question open in a conversation is "What matters to you?" itself (not the saying back
 * or the list): a message that interrupted it may be taken as its answer.
 */
export function asksWhatMatters(dc: DialogContext): boolean {
  const leaf = innermostContext(dc);
  if (leaf.activeDialog?.id !== DialogIds.whatMattersText) return false;
  const flow = leaf.stack.find((instance) => instance.id === DialogIds.whatMattersFlow);
  const options = (flow?.state as { options?: Options } | undefined)?.options;
  return flow !== undefined && (options?.stage ?? 'ask') === 'ask';
}

/** Joins need names as a person would: "a, b and c" in English, the locale's own way elsewhere. */
export function joinList(locale: string | undefined, items: string[]): string {
  return new Intl.ListFormat(locale ?? 'en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * "What matters to you at the moment?": the patient's own words, the needs understood from them said
 * back, and the patient's confirmation or correction. A correction adds or takes away needs ("add
 * housing", "not money", "it's more my son", "1 and 5"); it never replaces what was understood. When
 * nothing is understood the patient picks from the list, as many as they like, or types in their own
 * words, which are always read for needs. A reply that cannot be read is asked again; after two,
 * what was understood is kept, never thrown away. "Something else" keeps their words for the link
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
    this.addDialog(
      new WaterfallDialog(DialogIds.whatMattersFlow, [
        this.promptStep.bind(this),
        this.understandStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.whatMattersFlow;
  }

  private async promptStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const options = step.options ?? {};
    const stage = options.stage ?? 'ask';
    const context = step.context;
    const empty = speaker.text(context, 'whatMatters.empty');
    if (stage === 'ask') {
      if (options.answer) return step.next(options.answer);
      // The question first, its examples under it, in one message.
      return step.prompt(DialogIds.whatMattersText, {
        prompt: [speaker.text(context, 'whatMatters.ask'), speaker.text(context, 'whatMatters.askHint')].join(
          '\n\n',
        ),
        retryPrompt: empty,
      });
    }
    if (stage === 'confirm') {
      if (options.retry) await speaker.say(context, 'whatMatters.confirmRetry');
      await this.sayBack(context, options.needs ?? []);
      const buttons = [speaker.text(context, 'whatMatters.yes'), speaker.text(context, 'whatMatters.no')];
      return step.prompt(DialogIds.whatMattersText, {
        prompt: ChoiceFactory.suggestedAction(buttons, speaker.text(context, 'whatMatters.confirm')),
        retryPrompt: ChoiceFactory.suggestedAction(buttons, empty),
      });
    }
    const key: MessageKey =
      stage === 'change'
        ? options.retry
          ? 'whatMatters.changeRetry'
          : 'whatMatters.change'
        : options.retry
          ? 'whatMatters.pickRetry'
          : 'whatMatters.notSure';
    return step.prompt(DialogIds.whatMattersText, {
      prompt: ChoiceFactory.list(this.listLines(context), speaker.text(context, key)),
      retryPrompt: ChoiceFactory.list(this.listLines(context), empty),
    });
  }

  private async understandStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const options = step.options ?? {};
    const stage = options.stage ?? 'ask';
    const said = String(step.result ?? '').trim();
    const locale = step.context.activity.locale ?? 'en-GB';
    const text = options.text;
    const needs = options.needs ?? [];

    if (stage === 'ask') {
      const detection = detectNeeds({ text: said, locale });
      const found = needsToSayBack({ needs: detection.needs });
      const next: Options = { text: said, needs: found, misses: 0, rounds: 0 };
      return step.replaceDialog(DialogIds.whatMattersFlow, {
        ...next,
        stage: found.length ? 'confirm' : 'pick',
      });
    }

    const reading = readNeedsChange({
      text: said,
      locale,
      current: needs.map((id) => ({ id, name: this.deps.speaker.text(step.context, `needs.${id}`) })),
      ...(stage === 'confirm'
        ? {}
        : { list: { needs: this.needNames(step.context), somethingElse: this.somethingElse(step.context) } }),
    });
    const change = reading.value;
    const words = this.keepWords(text, said, change);
    const changed = change.add.length > 0 || change.remove.length > 0;
    const rounds = (options.rounds ?? 0) + (changed ? 1 : 0);
    const updated = applyNeedsChange(needs, change);

    if (change.somethingElse && !changed) return this.record(step, words, stage === 'confirm' ? needs : []);
    if (stage === 'confirm' && change.answer === 'yes') {
      return this.record(step, words, updated, changed);
    }
    if (stage !== 'confirm' && change.answer === 'yes' && !changed && needs.length) {
      // "Yes, that's fine" when asked what to change: nothing to change.
      return this.record(step, words, needs);
    }
    if (changed) {
      if (!updated.length)
        return this.again(step, { text: words, needs: [], rounds, misses: 0, stage: 'pick' });
      if (rounds >= MAX_ROUNDS) return this.record(step, words, updated, true);
      return this.again(step, { text: words, needs: updated, rounds, misses: 0, stage: 'confirm' });
    }
    if (stage === 'confirm' && change.answer === 'no') {
      return this.again(step, { text: words, needs, rounds, misses: 0, stage: 'change' });
    }
    // Said before a check question and given back after its "no": not an answer to this question,
    // which is asked again as it was.
    if (isReplayed(step.context)) return this.again(step, { ...options, retry: false });
    // Not understood: ask again, and after MAX_MISSES keep what was understood.
    const misses = (options.misses ?? 0) + 1;
    if (misses >= MAX_MISSES) {
      if (needs.length) {
        await this.deps.speaker.say(step.context, 'whatMatters.keptAfterMisses', {
          needs: this.namesOf(step.context, needs),
        });
        return this.record(step, words, needs, false, false);
      }
      return this.record(step, words, []);
    }
    return this.again(step, { text: words, needs, rounds, misses, stage, retry: true });
  }

  private again(step: WaterfallStepContext<Options>, options: Options): Promise<DialogTurnResult> {
    return step.replaceDialog(DialogIds.whatMattersFlow, options);
  }

  /** The patient's words kept for the link worker: the first answer, and every correction in words. */
  private keepWords(text: string | undefined, said: string, change: NeedsChange): string {
    if (!text) return said;
    const correctedInWords = !change.picked && change.add.length + change.remove.length > 0;
    return correctedInWords ? `${text} / ${said}` : text;
  }

  private async sayBack(context: TurnContext, needs: readonly NeedId[]): Promise<void> {
    await this.deps.speaker.say(
      context,
      needs.length === 1 ? 'whatMatters.sayBackOne' : 'whatMatters.sayBack',
      {
        needs: this.namesOf(context, needs),
      },
    );
  }

  private async record(
    step: WaterfallStepContext<Options>,
    text: string,
    needs: NeedId[],
    sayList = false,
    thank = true,
  ): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    await this.deps.referrals.recordWhatMatters(patientKeyOf(step.context), text, needs);
    if (thank) {
      if (!needs.length) await speaker.say(step.context, 'whatMatters.somethingElseNoted');
      else if (sayList)
        await speaker.say(step.context, 'whatMatters.notedList', {
          needs: this.namesOf(step.context, needs),
        });
      else await speaker.say(step.context, 'whatMatters.noted');
    }
    return step.endDialog({ needs } satisfies WhatMattersResult);
  }

  private needNames(context: TurnContext): string[] {
    return NEED_IDS.map((id) => this.deps.speaker.text(context, `needs.${id}`));
  }

  private somethingElse(context: TurnContext): string {
    return this.deps.speaker.text(context, 'whatMatters.somethingElse');
  }

  private listLines(context: TurnContext): string[] {
    return [...this.needNames(context), this.somethingElse(context)];
  }

  private namesOf(context: TurnContext, needs: readonly NeedId[]): string {
    return joinList(
      context.activity.locale,
      needs.map((id) => this.deps.speaker.text(context, `needs.${id}`)),
    );
  }
}
