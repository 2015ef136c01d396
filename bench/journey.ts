import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Journeys for bench:turns, read from a data file (bench/journeys/*.json) so that they follow the
 * product's wording: when a reply changes, the file changes, and the benchmark says which step no
 * longer gets what it expected.
 *
 * A journey is a list of steps. Each step sends one message and checks the turn's replies against a
 * pattern. A reply that matches `race` instead (a slot someone else took a moment before) is counted
 * apart, and the step is sent again. Anything else is an error: the pass stops there and the next pass
 * starts in a new conversation.
 */

const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'mu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a regular expression' },
);

const stepSchema = z.strictObject({
  /** Names the step in the per-step counts. */
  name: z.string().min(1),
  /**
   * What is sent; with several, one is chosen at random on each pass. `{{captured}}` is replaced by what
   * an earlier step captured, `{{listed}}` by a number the previous turn listed.
   */
  send: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  /** A pattern some reply of the turn must match (the replies' text, suggested actions and cards). */
  expect: pattern,
  /** Sent only when the previous turn's replies match this pattern (a question only some get). */
  onlyIf: pattern.optional(),
  /**
   * A pattern that means the step lost a race with another conversation (counted apart, not an error).
   * It is looked for before `expect`.
   */
  race: pattern.optional(),
  /** After a race: send the step again (new times were offered), or end the pass (nothing to retry). */
  onRace: z.enum(['retry', 'endPass']).default('endPass'),
  /** A pattern with one group, read from this turn's replies; its group is `{{captured}}` later on. */
  capture: pattern.optional(),
  /** When the capture finds nothing, the pass ends here, done (nothing left to do, not an error). */
  endUnlessCaptured: z.boolean().optional(),
});
export type JourneyStepInput = z.infer<typeof stepSchema>;

const partReference = z.string().regex(/^@[A-Za-z0-9_-]+$/, 'a part is named "@name"');

const journeySchema = z.strictObject({
  name: z.string().min(1),
  /** How often this journey is chosen, against the others' weights. */
  weight: z.number().positive(),
  /** Who sends: a new patient each pass, or one of the benchmark's staff of that role. */
  user: z.enum(['new', 'receptionist', 'linkWorker']),
  channelId: z.string().min(1),
  steps: z.array(z.union([stepSchema, partReference])).min(1),
});

export const journeyFileSchema = z.strictObject({
  description: z.string(),
  /** Steps shared by several journeys, named in a journey's steps as "@name". */
  parts: z.record(z.string(), z.array(stepSchema).min(1)).default({}),
  journeys: z.array(journeySchema).min(1),
});

export interface JourneyStep {
  readonly name: string;
  readonly send: readonly string[];
  readonly onlyIf: RegExp | undefined;
  readonly expect: RegExp;
  readonly race: RegExp | undefined;
  readonly onRace: 'retry' | 'endPass';
  readonly capture: RegExp | undefined;
  readonly endUnlessCaptured: boolean;
}

export interface Journey {
  readonly name: string;
  readonly weight: number;
  readonly user: 'new' | 'receptionist' | 'linkWorker';
  readonly channelId: string;
  readonly steps: readonly JourneyStep[];
}

function compileStep(input: JourneyStepInput): JourneyStep {
  return {
    name: input.name,
    send: typeof input.send === 'string' ? [input.send] : input.send,
    onlyIf: input.onlyIf === undefined ? undefined : new RegExp(input.onlyIf, 'mu'),
    expect: new RegExp(input.expect, 'mu'),
    race: input.race === undefined ? undefined : new RegExp(input.race, 'mu'),
    onRace: input.onRace,
    capture: input.capture === undefined ? undefined : new RegExp(input.capture, 'mu'),
    endUnlessCaptured: input.endUnlessCaptured ?? false,
  };
}

/** Checks a journey file's JSON and compiles its patterns; throws naming what is wrong. */
export function parseJourneys(json: unknown, file: string): Journey[] {
  const parsed = journeyFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} is not a journey file:\n  ${problems.join('\n  ')}`);
  }
  const { parts, journeys } = parsed.data;
  return journeys.map((journey) => {
    const steps = journey.steps.flatMap((step) => {
      if (typeof step !== 'string') return [compileStep(step)];
      const part = parts[step.slice(1)];
      if (!part) throw new Error(`${file}: journey "${journey.name}" names a part ${step} that is not there`);
      return part.map(compileStep);
    });
    const names = new Set<string>();
    for (const step of steps) {
      if (names.has(step.name)) {
        throw new Error(`${file}: journey "${journey.name}" has two steps named "${step.name}"`);
      }
      names.add(step.name);
    }
    return {
      name: journey.name,
      weight: journey.weight,
      user: journey.user,
      channelId: journey.channelId,
      steps,
    };
  });
}

export function loadJourneys(file: string): Journey[] {
  return parseJourneys(JSON.parse(readFileSync(file, 'utf8')), file);
}

/** A journey chosen by weight; `random` is a number in [0, 1). */
export function chooseJourney(journeys: readonly Journey[], random: number): Journey {
  const total = journeys.reduce((sum, journey) => sum + journey.weight, 0);
  let left = random * total;
  for (const journey of journeys) {
    left -= journey.weight;
    if (left < 0) return journey;
  }
  const last = journeys.at(-1);
  if (!last) throw new Error('no journeys');
  return last;
}

/** The numbers of a numbered list in replies ("1. Tuesday 8 December at 2pm", on a line or a card). */
const LISTED = /(?:^|\| )(\d+)\. /gm;

/**
 * The message a step sends this time: one of its choices, with what was captured put in, and
 * `{{listed}}` replaced by one of the numbers the previous turn listed (chosen by `random`), so a
 * pick never names a time that is not on a shorter list.
 */
export function messageOf(
  step: JourneyStep,
  random: number,
  captured: string | undefined,
  previous = '',
): string {
  const choice = step.send[Math.min(step.send.length - 1, Math.floor(random * step.send.length))] ?? '';
  const withCaptured = choice.replaceAll('{{captured}}', captured ?? '');
  if (!withCaptured.includes('{{listed}}')) return withCaptured;
  const listed = [...previous.matchAll(LISTED)].map((match) => match[1] ?? '1');
  const number = listed[Math.min(listed.length - 1, Math.floor(random * listed.length))] ?? '1';
  return withCaptured.replaceAll('{{listed}}', number);
}

/** One reply activity as the channel received it, reduced to what a person would see. */
export function visibleText(activity: unknown): string {
  if (typeof activity !== 'object' || activity === null) return '';
  const { text, suggestedActions, attachments } = activity as {
    text?: unknown;
    suggestedActions?: { actions?: { title?: unknown }[] };
    attachments?: { content?: unknown }[];
  };
  const parts: string[] = [];
  if (typeof text === 'string') parts.push(text);
  for (const action of suggestedActions?.actions ?? []) {
    if (typeof action.title === 'string') parts.push(action.title);
  }
  for (const attachment of attachments ?? []) {
    const words: string[] = [];
    cardWords(attachment.content, words);
    if (words.length) parts.push(`[card] ${words.join(' | ')}`);
  }
  return parts.join('\n');
}

/** The words a card shows: its texts, titles and fact values, in order. */
function cardWords(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) cardWords(item, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') {
      if (key === 'text' || key === 'title' || key === 'value') into.push(value);
    } else if (key !== 'data') {
      cardWords(value, into);
    }
  }
}

export type StepOutcome =
  { kind: 'ok'; captured: string | undefined; endPass: boolean } | { kind: 'race' } | { kind: 'unexpected' };

/** What a turn's replies mean for the step that sent it. */
export function judge(step: JourneyStep, replies: string): StepOutcome {
  // A race is looked for first: a turn that lost one can still carry the words expected (an opened
  // referral that someone else changed still asks what to do with it).
  if (step.race?.test(replies)) return { kind: 'race' };
  if (!step.expect.test(replies)) return { kind: 'unexpected' };
  if (!step.capture) return { kind: 'ok', captured: undefined, endPass: false };
  const captured = step.capture.exec(replies)?.[1];
  return { kind: 'ok', captured, endPass: captured === undefined && step.endUnlessCaptured };
}
