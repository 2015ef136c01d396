import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { answerMeansRisk, safetyRoutes, type Screening } from '../src/domain/safety';
import type { CheckQuestion, CrisisKind, Nation, Subject } from '../src/domain/safety/types';
import type { Log } from '../src/services/ports';
import type { SafetyFlag, SafetyFlagOutcome } from '../src/services/safety/safetyFlag';
import type { SafetyFlagService } from '../src/services/safety/safetyFlagService';
import { parseYesNo } from '../src/understanding/parseYesNo';
import {
  checkMessage,
  mentionsDependence,
  type CheckedMessage,
} from '../src/understanding/safety/checkMessage';
import { CrisisResponse } from './crisisResponse';
import { messageText } from './messageText';
import { patientKeyOf } from './patient';
import { markReplayed } from './replayedMessage';
import type { Speaker } from './speaker';

/** A check question waiting for its answer, and the message that raised it. */
export interface OpenCheck {
  question: CheckQuestion;
  kinds: CrisisKind[];
  subjects: Subject[];
  /** The id of the flag filed (or held) when the question was asked. */
  flagId: string;
  words: string[];
  /** The message that raised the question, to hand to the dialogs when the answer is no. */
  text: string;
  value?: unknown;
  askedAt: string;
}

/** What the gate keeps in conversation state. */
export interface PatientSafetyState {
  check?: OpenCheck;
  /**
   * "Would you like to carry on?" was asked after a crisis reply; unclear answers so far, and the
   * message that raised it, to use as the answer to "What matters to you?" if that was interrupted.
   */
  carryOn?: { unclear: number; text?: string };
  /** Kinds of crisis whose routes were given in this conversation: a later mention gets a reminder. */
  routesGiven?: CrisisKind[];
  /** The caution about stopping alcohol or drugs suddenly was given. */
  dependenceCaution?: boolean;
  /** Flags raised before the patient agreed to the privacy notice: filed when they agree. */
  held: SafetyFlag[];
}

export interface SafetyGateDeps {
  speaker: Speaker;
  safety: SafetyFlagService;
  nation: Nation;
  state: StatePropertyAccessor<PatientSafetyState>;
  log: Log;
  /** The check of a message: the rules and the learned layer (checkMessage) unless told otherwise. */
  check?: (input: { text: string; locale: string }) => CheckedMessage;
}

/** What the bot does after the gate: nothing more, run the dialogs, or act on them as said. */
export type GateOutcome =
  | { action: 'handled' }
  | { action: 'continue' }
  /** Ask the interrupted question again (the patient chose to carry on). */
  | { action: 'reprompt' }
  /** End what was interrupted (the patient chose not to carry on). */
  | { action: 'stop' }
  /** Run the dialogs on this earlier message instead (a check question answered no). */
  | { action: 'replay'; text: string; value?: unknown };

export interface GateTurn {
  /** Whether a dialog is waiting for an answer, which a crisis reply interrupts. */
  interrupted: boolean;
  /** Whether the text is a global command (help, start over...), which always goes to the dialogs. */
  isCommand(text: string): boolean;
  /** Whether the open question is "What matters to you?", which the crisis message may answer. */
  asksWhatMatters?(): boolean;
}

const HANDLED: GateOutcome = { action: 'handled' };
const CONTINUE: GateOutcome = { action: 'continue' };

/**
 * Runs on every message from a patient (text, and the text of card submits), before any dialog.
 *
 * - Clear crisis: the routes at once, a safety flag, and, if a question was interrupted, "Would you like
 *   to carry on?". The next message is never taken as the answer to the interrupted question: yes asks
 *   it again, no ends it.
 * - Possible risk: one direct check question. Yes (or no to "Are you safe right now?") gives the routes
 *   and a flag. No carries on with the message that raised it, which is not checked again. Anything
 *   else, an unclear answer or none, gives the routes.
 * - Silence: a check question is a flag from the moment it is asked ("did not answer a safety
 *   question"), so a patient who goes quiet or leaves is still seen by a link worker; a no takes the
 *   flag back. If the conversation ends with the question open, the routes are sent too.
 *
 * Flags reach the link worker only for a patient who agreed to the privacy notice; before that they
 * are held in the conversation and filed when the patient agrees.
 */
export class SafetyGate {
  readonly response: CrisisResponse;

  constructor(private readonly deps: SafetyGateDeps) {
    this.response = new CrisisResponse(deps.speaker);
  }

  async handle(context: TurnContext, turn: GateTurn): Promise<GateOutcome> {
    const state = await this.state(context);
    const text = messageText(context.activity);
    const locale = context.activity.locale ?? 'en-GB';
    // An answer to a check question is read by the rules alone: "No, I'm not thinking about ending my
    // life" has the words of a risk, which the rules read as a denial and the model would not.
    const check = this.deps.check ?? checkMessage;
    const screening = text
      ? state.check
        ? checkMessage({ text, locale }, null)
        : check({ text, locale })
      : undefined;

    if (state.check) return this.answerCheck(context, state, state.check, text, screening, turn);
    if (screening?.outcome === 'crisis' && this.routesAlreadyGiven(state, screening)) {
      // The routes for this kind were given in this conversation and nobody is in danger now: a
      // one-line reminder, and the conversation carries on with the message.
      // The link worker still sees every mention, with its words.
      const { assessment } = screening;
      this.deps.log.warn({ kinds: assessment.kinds }, 'crisis mentioned again: reminder given');
      await this.keep(context, state, {
        kinds: [...new Set([...assessment.kinds, ...assessment.possibleKinds])],
        outcome: 'crisis',
        source: 'patient',
        words: screening.signals.map((signal) => signal.words),
      });
      await this.deps.speaker.say(context, 'crisis.reminder');
    } else if (screening?.outcome === 'crisis') {
      await this.crisis(context, state, screening, turn.interrupted, undefined, text);
      return HANDLED;
    } else if (screening?.outcome === 'check' && screening.question) {
      await this.askCheck(context, state, screening, screening.question, text);
      return HANDLED;
    }
    if (text && !state.dependenceCaution && mentionsDependence({ text, locale })) {
      state.dependenceCaution = true;
      await this.deps.speaker.say(context, 'crisis.dependence');
    }
    if (state.carryOn) return this.answerCarryOn(context, state, text, turn);
    return CONTINUE;
  }

  /**
   * Whether every kind in a clear crisis had its routes already in this conversation, with no immediate
   * danger. A possible risk is still asked about: the rules are unsure, and the answer may be new.
   */
  private routesAlreadyGiven(state: PatientSafetyState, screening: Screening): boolean {
    const given = state.routesGiven ?? [];
    const { assessment } = screening;
    if (assessment.immediateDanger || given.length === 0) return false;
    const kinds = [...assessment.kinds, ...assessment.possibleKinds];
    return kinds.length > 0 && kinds.every((kind) => kind !== 'medicalEmergency' && given.includes(kind));
  }

  /** The conversation ended (the patient left) with a check question open: the routes, for the record. */
  async conversationEnded(context: TurnContext): Promise<void> {
    const state = await this.state(context);
    const check = state.check;
    if (!check) return;
    delete state.check;
    this.deps.log.warn({ kinds: check.kinds, question: check.question }, 'safety check not answered: left');
    try {
      await this.sendRoutes(context, state, check.kinds, check.subjects, false);
    } catch (err) {
      // The channel may be gone; the flag filed when the question was asked stays.
      this.deps.log.warn({ err }, 'routes not sent after the conversation ended');
    }
  }

  /** The patient has just agreed to the privacy notice: flags held until now are filed. */
  async fileHeld(context: TurnContext): Promise<void> {
    const state = await this.state(context);
    const held = state.held;
    state.held = [];
    for (const flag of held) await this.deps.safety.file(patientKeyOf(context), flag);
  }

  private async state(context: TurnContext): Promise<PatientSafetyState> {
    const state = await this.deps.state.get(context, { held: [] });
    state.held ??= [];
    return state;
  }

  private async crisis(
    context: TurnContext,
    state: PatientSafetyState,
    screening: Screening,
    interrupted: boolean,
    replaceFlag?: string,
    text?: string,
  ): Promise<void> {
    const { assessment } = screening;
    // Rule ids and kinds are safe to log; the patient's words are not.
    this.deps.log.warn(
      {
        kinds: assessment.kinds,
        rules: assessment.evidence.filter((hit) => hit.status === 'current').map((hit) => hit.rule),
        conversationId: context.activity.conversation?.id,
      },
      'crisis message: routes given',
    );
    await this.sendRoutes(context, state, assessment.kinds, assessment.subjects, assessment.immediateDanger);
    await this.keep(context, state, {
      ...(replaceFlag ? { id: replaceFlag } : {}),
      kinds: [...new Set([...assessment.kinds, ...assessment.possibleKinds])],
      outcome: 'crisis',
      source: 'patient',
      words: screening.signals.map((signal) => signal.words),
    });
    await this.afterRoutes(context, state, interrupted, text);
  }

  private async askCheck(
    context: TurnContext,
    state: PatientSafetyState,
    screening: Screening,
    question: CheckQuestion,
    text: string,
  ): Promise<void> {
    const { assessment } = screening;
    this.deps.log.warn(
      {
        kinds: assessment.possibleKinds,
        question,
        rules: assessment.evidence.filter((hit) => hit.status === 'current').map((hit) => hit.rule),
        conversationId: context.activity.conversation?.id,
      },
      'possible risk: check question asked',
    );
    const words = screening.signals.map((signal) => signal.words);
    const flag = await this.keep(context, state, {
      kinds: assessment.possibleKinds,
      outcome: 'checkUnanswered',
      source: 'patient',
      words,
    });
    state.check = {
      question,
      kinds: assessment.possibleKinds,
      subjects: assessment.possibleSubjects,
      flagId: flag.id ?? '',
      words,
      text,
      ...(context.activity.value === undefined ? {} : { value: context.activity.value }),
      askedAt: flag.at,
    };
    await this.response.askCheck(context, question);
  }

  private async answerCheck(
    context: TurnContext,
    state: PatientSafetyState,
    check: OpenCheck,
    text: string,
    screening: Screening | undefined,
    turn: GateTurn,
  ): Promise<GateOutcome> {
    delete state.check;
    if (screening?.outcome === 'crisis') {
      await this.crisis(context, state, screening, turn.interrupted, check.flagId, text);
      return HANDLED;
    }
    const answer = text ? parseYesNo({ text, locale: context.activity.locale ?? 'en-GB' }) : undefined;
    const yes = answer && 'ok' in answer && answer.ok ? answer.value : undefined;
    // A plain no, with nothing else worrying in the same message, carries on.
    if (yes !== undefined && !answerMeansRisk(check.question, yes) && screening?.outcome !== 'check') {
      this.deps.log.info({ question: check.question }, 'safety check answered: no risk');
      await this.withdraw(context, state, check.flagId);
      await this.deps.speaker.say(context, 'safetyCheck.thanks');
      markReplayed(context);
      return check.value === undefined
        ? { action: 'replay', text: check.text }
        : { action: 'replay', text: check.text, value: check.value };
    }
    const outcome: SafetyFlagOutcome = yes === undefined ? 'checkUnclear' : 'checkYes';
    this.deps.log.warn({ question: check.question, outcome }, 'safety check: routes given');
    if (outcome === 'checkYes') await this.deps.speaker.say(context, 'safetyCheck.thankYouForTelling');
    await this.sendRoutes(context, state, check.kinds, check.subjects, false);
    await this.keep(context, state, {
      id: check.flagId,
      kinds: check.kinds,
      outcome,
      source: 'patient',
      words: [...check.words, ...(screening?.signals.map((signal) => signal.words) ?? [])],
    });
    await this.afterRoutes(context, state, turn.interrupted, check.text);
    return HANDLED;
  }

  private async answerCarryOn(
    context: TurnContext,
    state: PatientSafetyState,
    text: string,
    turn: GateTurn,
  ): Promise<GateOutcome> {
    const carryOn = state.carryOn ?? { unclear: 0 };
    if (text && turn.isCommand(text)) {
      delete state.carryOn;
      return CONTINUE;
    }
    const answer = text ? parseYesNo({ text, locale: context.activity.locale ?? 'en-GB' }) : undefined;
    const yes = answer && 'ok' in answer && answer.ok ? answer.value : undefined;
    if (yes === true || (yes === undefined && carryOn.unclear >= 1)) {
      delete state.carryOn;
      if (carryOn.text && turn.asksWhatMatters?.()) {
        // "What matters to you?" was interrupted by what they told us: their words are the answer,
        // and what was understood from them is said back for them to confirm or change.
        await this.deps.speaker.say(context, 'crisis.usingYourWords');
        return { action: 'replay', text: carryOn.text };
      }
      await this.deps.speaker.say(context, 'crisis.carryingOn');
      return { action: 'reprompt' };
    }
    if (yes === false) {
      delete state.carryOn;
      await this.deps.speaker.say(context, 'crisis.stopHere');
      return { action: 'stop' };
    }
    state.carryOn = { ...carryOn, unclear: carryOn.unclear + 1 };
    await this.response.askCarryOn(context, true);
    return HANDLED;
  }

  private async sendRoutes(
    context: TurnContext,
    state: PatientSafetyState,
    kinds: readonly CrisisKind[],
    subjects: readonly Subject[],
    immediateDanger: boolean,
  ): Promise<void> {
    state.routesGiven = [...new Set([...(state.routesGiven ?? []), ...kinds])];
    const routes = safetyRoutes({ kinds, nation: this.deps.nation, immediateDanger });
    await this.response.send(context, { kinds, subjects }, routes);
  }

  /** After the routes: ask whether to carry on if something was interrupted, or say how to go on. */
  private async afterRoutes(
    context: TurnContext,
    state: PatientSafetyState,
    interrupted: boolean,
    text?: string,
  ): Promise<void> {
    if (interrupted) {
      state.carryOn = text ? { unclear: 0, text } : { unclear: 0 };
      await this.response.askCarryOn(context);
    } else {
      delete state.carryOn;
      await this.deps.speaker.say(context, 'crisis.carryOn');
    }
  }

  /** Files a flag for a patient who agreed to the notice, or holds it in the conversation until they do. */
  private async keep(
    context: TurnContext,
    state: PatientSafetyState,
    input: Parameters<SafetyFlagService['create']>[0],
  ): Promise<SafetyFlag> {
    const flag = this.deps.safety.create(input);
    const filed = await this.deps.safety.file(patientKeyOf(context), flag);
    if (!filed.ok) state.held = [...state.held.filter((kept) => kept.id !== flag.id), flag];
    return flag;
  }

  private async withdraw(context: TurnContext, state: PatientSafetyState, id: string): Promise<void> {
    state.held = state.held.filter((kept) => kept.id !== id);
    await this.deps.safety.withdraw(patientKeyOf(context), id);
  }
}
