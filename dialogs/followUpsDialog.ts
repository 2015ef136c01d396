import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { detectInterests } from '../src/understanding/needs/detectNeeds';
import type { InterestId } from '../src/domain/needs/taxonomy';
import type { MessageKey } from '../src/i18n/translator';
import type { ReferralPreferences } from '../src/services/referrals/referralDraft';
import { availabilityPreference, costPreference, travelPreference } from '../src/services/referrals/profile';
import type { ReferralService } from '../src/services/referrals/referralService';
import { parseAccessNeeds } from '../src/understanding/parseAccessNeeds';
import { readAvailability, type AvailabilityReason } from '../src/understanding/when/readAvailability';
import { parseCostPreference } from '../src/understanding/parseCostPreference';
import { parseTravel } from '../src/understanding/parseTravel';
import { isNothingAnswer, isSkipAnswer } from '../src/understanding/text';
import { DialogIds } from './dialogIds';
import { patientKeyOf } from './patient';
import { isReplayed } from './replayedMessage';
import type { Speaker } from './speaker';
import { joinList } from './whatMattersDialog';

/** One answer understood: a change to the preferences, a skip, or what to say before asking again. */
type Reading =
  | { kind: 'answer'; change: Partial<ReferralPreferences> }
  | { kind: 'skip' }
  | { kind: 'retry'; key: MessageKey };

interface Question {
  id: 'interests' | 'availability' | 'travel' | 'cost' | 'access';
  read(text: string, locale: string, extraAreas: ReadonlySet<string>): Reading;
  /**
   * What to keep of the patient's own words once the question is left, every try included, read or
   * not: their words about what they enjoy ("bell ringing", "footy") still help the suggestions.
   */
  keepWords?(said: string): Partial<ReferralPreferences>;
}

/** After this many answers it could not understand, the question is skipped rather than asked forever. */
const MAX_TRIES = 2;

/** The most of an answer kept in the patient's own words. */
const KEPT_WORDS_LENGTH = 1000;
const keptWords = (text: string): string => text.trim().slice(0, KEPT_WORDS_LENGTH);

/** What is said again when an answer to "When are you usually free?" could not be used, by why. */
const AVAILABILITY_RETRY: Readonly<Record<AvailabilityReason, MessageKey>> = {
  notUnderstood: 'followUps.availability.retry',
  nothingLeft: 'followUps.availability.nothingLeft',
  aDate: 'followUps.availability.aDate',
};

const QUESTIONS: Question[] = [
  {
    id: 'interests',
    read: (text, locale) => {
      const { interests } = detectInterests({ text, locale });
      if (interests.length)
        return { kind: 'answer', change: { interests: interests.map((interest) => interest.id) } };
      return isSkipAnswer({ text, locale }) || isNothingAnswer({ text, locale })
        ? { kind: 'skip' }
        : { kind: 'retry', key: 'followUps.interests.retry' };
    },
    keepWords: (said) => ({ interestsText: keptWords(said) }),
  },
  {
    id: 'availability',
    read: (text, locale) => {
      const result = readAvailability({ text, locale });
      if ('kind' in result) return { kind: 'skip' };
      if (result.ok)
        return { kind: 'answer', change: { availability: availabilityPreference(result.value) } };
      return {
        kind: 'retry',
        key: AVAILABILITY_RETRY[result.reason],
      };
    },
  },
  {
    id: 'travel',
    read: (text, locale, extraAreas) => {
      const result = parseTravel({ text, locale, extraAreas });
      if ('kind' in result) return { kind: 'skip' };
      if (result.ok) return { kind: 'answer', change: { travel: travelPreference(result.value) } };
      return {
        kind: 'retry',
        key:
          result.reason === 'invalidPostcode' ? 'followUps.travel.invalidPostcode' : 'followUps.travel.retry',
      };
    },
  },
  {
    id: 'cost',
    read: (text, locale) => {
      const result = parseCostPreference({ text, locale, question: 'mustBeFree' });
      if ('kind' in result) return { kind: 'skip' };
      if (result.ok) return { kind: 'answer', change: { cost: costPreference(result.value) } };
      return { kind: 'retry', key: 'followUps.cost.retry' };
    },
  },
  {
    id: 'access',
    read: (text, locale) => {
      const result = parseAccessNeeds({ text, locale });
      if ('kind' in result) return { kind: 'skip' };
      if (result.ok) {
        return {
          kind: 'answer',
          change: { accessNeeds: [...result.value.needs], languages: [...result.value.languages] },
        };
      }
      return { kind: 'retry', key: 'followUps.access.retry' };
    },
  },
];

/** What they enjoy, in their own words, when they said it before the question was asked. */
interface Noted {
  interests: InterestId[];
  /** Their words, joined: what is kept as what they enjoy. */
  words: string;
  /**
   * Their words, each in quotes, as said back: "You mentioned “meet people”" reads as theirs, where a
   * phrase said as a verb would not fit the sentence bare. Absent in a conversation saved before.
   */
  said?: string;
}

/** What the question step leaves for the answer step of the same question. */
interface StepValues {
  noted?: Noted;
}

interface Options {
  index?: number;
  /** Interests already heard in what matters to them: the question asks only for anything else. */
  noted?: Noted;
  /** Said instead of the question when the last answer was not understood. */
  retryKey?: MessageKey;
  tries?: number;
  /** The patient's earlier answers to this question that could not be read, in their own words. */
  heard?: string;
}

export interface FollowUpsDialogDeps {
  speaker: Speaker;
  referrals: ReferralService;
  /** Postcode areas the directory uses besides real ones (the shipped fictional area). */
  postcodeAreas?: ReadonlySet<string>;
}

/**
 * A few short follow-up questions, one at a time, each skippable: interests, when they are free, how
 * far they can travel, cost, and access needs. An answer it cannot understand gets one more try
 * with an example, then the question is left, so nobody is stuck.
 */
export class FollowUpsDialog extends ComponentDialog {
  constructor(private readonly deps: FollowUpsDialogDeps) {
    super(DialogIds.followUps);
    this.addDialog(
      new TextPrompt(DialogIds.followUpsText, async (prompt: PromptValidatorContext<string>) =>
        Boolean(prompt.recognized.value?.trim()),
      ),
    );
    this.addDialog(
      new WaterfallDialog(DialogIds.followUpsFlow, [
        this.askQuestionStep.bind(this),
        this.readAnswerStep.bind(this),
      ]),
    );
    this.initialDialogId = DialogIds.followUpsFlow;
  }

  private async askQuestionStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const { speaker } = this.deps;
    const index = step.options?.index ?? 0;
    const question = QUESTIONS[index];
    // A conversation saved by a version that asked more questions may point past the last one.
    if (question === undefined) return this.finish(step);
    if (index === 0 && !step.options?.retryKey) await speaker.say(step.context, 'followUps.intro');
    // "I used to love gardening and fishing", said in what matters to them: not asked again as if unheard.
    const noted =
      index === 0 && !step.options?.retryKey ? await this.interestsAlreadySaid(step.context) : undefined;
    if (noted) {
      (step.values as StepValues).noted = noted;
      return step.prompt(DialogIds.followUpsText, {
        prompt: [
          speaker.text(step.context, 'followUps.interests.noted', { things: noted.said ?? noted.words }),
          speaker.text(step.context, 'followUps.interests.askMore'),
          speaker.text(step.context, 'followUps.interests.askMoreHint'),
        ].join('\n\n'),
      });
    }
    if (step.options?.retryKey) {
      return step.prompt(DialogIds.followUpsText, {
        prompt: speaker.text(step.context, step.options.retryKey),
      });
    }
    // The question first, its examples under it, in one message.
    return step.prompt(DialogIds.followUpsText, {
      prompt: [
        speaker.text(step.context, `followUps.${question.id}.ask`),
        speaker.text(step.context, `followUps.${question.id}.hint`),
      ].join('\n\n'),
    });
  }

  private async readAnswerStep(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    const index = step.options?.index ?? 0;
    const tries = (step.options?.tries ?? 0) + 1;
    const question = QUESTIONS[index];
    if (question === undefined) return this.finish(step);
    const text = String(step.result);
    const reading = question.read(
      text,
      step.context.activity.locale ?? 'en-GB',
      this.deps.postcodeAreas ?? new Set(),
    );
    const said = step.options?.heard ? `${step.options.heard}\n${text}` : text;
    const noted = step.options?.noted ?? (step.values as StepValues).noted;
    if (reading.kind === 'retry' && isReplayed(step.context)) {
      // Said before a check question and given back after its "no": not an answer to this question,
      // which is asked again as it was, without spending a try.
      const asked = step.options ?? {};
      return step.replaceDialog(DialogIds.followUpsFlow, {
        index,
        ...(asked.tries ? { tries: asked.tries } : {}),
        ...(asked.heard ? { heard: asked.heard } : {}),
        ...(noted ? { noted } : {}),
      } satisfies Options);
    }
    if (reading.kind === 'retry' && tries < MAX_TRIES) {
      return step.replaceDialog(DialogIds.followUpsFlow, {
        index,
        retryKey: reading.key,
        tries,
        ...(question.keepWords ? { heard: said } : {}),
        ...(noted ? { noted } : {}),
      } satisfies Options);
    }
    if (noted && question.id === 'interests') {
      await this.keepNoted(step, noted, reading, said);
    } else {
      await this.keep(step, question, reading, said);
    }
    if (index + 1 < QUESTIONS.length) {
      return step.replaceDialog(DialogIds.followUpsFlow, { index: index + 1 } satisfies Options);
    }
    return this.finish(step);
  }

  /** The interests heard earlier, with whatever else the answer adds; "no" keeps just those. */
  private async keepNoted(
    step: WaterfallStepContext<Options>,
    noted: Noted,
    reading: Reading,
    said: string,
  ): Promise<void> {
    const more = reading.kind === 'answer' ? (reading.change.interests ?? []) : [];
    const interests = [...new Set([...noted.interests, ...more])];
    const words = reading.kind === 'skip' ? noted.words : `${noted.words}\n${said}`;
    await this.deps.referrals.setPreferences(patientKeyOf(step.context), {
      interests,
      interestsText: keptWords(words),
    });
  }

  /**
   * What they enjoy, read from their words about what matters to them, when the reading is sure (the
   * rules found it, not the learned layer alone), with those words as they typed them.
   */
  private async interestsAlreadySaid(context: TurnContext): Promise<Noted | undefined> {
    const draft = await this.deps.referrals.get(patientKeyOf(context));
    const text = draft?.whatMatters?.text;
    if (!text) return undefined;
    const locale = context.activity.locale ?? 'en-GB';
    const sure = detectInterests({ text, locale }).interests.filter(
      (interest) => interest.source !== 'model',
    );
    if (sure.length === 0) return undefined;
    const words: string[] = [];
    for (const interest of sure)
      for (const span of interest.evidence)
        if (!words.some((word) => word.toLowerCase() === span.text.toLowerCase())) words.push(span.text);
    const quoted = words.map((word) =>
      this.deps.speaker.text(context, 'followUps.interests.quoted', { word }),
    );
    return {
      interests: sure.map((interest) => interest.id),
      words: joinList(locale, words),
      said: joinList(locale, quoted),
    };
  }

  private async keep(
    step: WaterfallStepContext<Options>,
    question: Question,
    reading: Reading,
    said: string,
  ): Promise<void> {
    const kept = question.keepWords && reading.kind !== 'skip' ? question.keepWords(said) : {};
    if (reading.kind === 'answer') {
      await this.deps.referrals.setPreferences(patientKeyOf(step.context), { ...reading.change, ...kept });
    } else if (reading.kind === 'retry' && question.keepWords) {
      await this.deps.referrals.setPreferences(patientKeyOf(step.context), kept);
    }
  }

  private async finish(step: WaterfallStepContext<Options>): Promise<DialogTurnResult> {
    await this.deps.speaker.say(step.context, 'followUps.thanks');
    return step.endDialog();
  }
}
