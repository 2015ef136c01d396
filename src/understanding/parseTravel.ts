// Where a patient can get to: a postcode district, remote-only support, or how far they can travel.
import { recognizeNumber } from '@microsoft/recognizers-text-suite';
import type { RemoteMode, TravelPreference } from '../domain/needs/preferences';
import { repliesFor } from './lexicon';
import { findPostcodes } from './postcode';
import { SKIPPED, notUnderstood, understood, type Understood } from './result';
import {
  DEFAULT_CULTURE,
  MAX_ANSWER_LENGTH,
  canonical,
  findPhrases,
  isSkipAnswer,
  recognizerCulture,
} from './text';

/** "Walking distance": about twenty minutes on foot at three miles an hour. */
export const WALKING_DISTANCE_MILES = 1;
/** "Can't travel far", "nearby", "local". */
export const NOT_FAR_MILES = 2;
const WALKING_MILES_PER_MINUTE = 3 / 60;

export type TravelReason = 'notUnderstood' | 'invalidPostcode';
export type TravelResult = Understood<TravelPreference, TravelReason>;

export interface ParseTravelInput {
  readonly text: string;
  readonly locale?: string;
  /** Postcode areas this deployment knows besides the real ones (see isValidOutwardCode). */
  readonly extraAreas?: ReadonlySet<string>;
}

interface RecognizedNumber {
  value?: unknown;
}

const roundMiles = (miles: number): number => Math.round(miles * 10) / 10;

function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

/** Miles from "5 miles", "five miles", "3km", "half a mile", "15 minutes' walk". */
function milesIn(raw: string, locale: string): number | undefined {
  // recognizers-text misses "3km"; postcodes are already blanked, so splitting digits from letters is safe.
  let text = raw.replace(/(\d)([a-z])/gi, '$1 $2');
  const replies = repliesFor(locale).travel;
  const units = Object.keys(replies.units)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const minutes = replies.walkMinutes.join('|');
  const found: number[] = [];
  for (const result of recognizeNumber(text, recognizerCulture(locale))) {
    const value = Number((result.resolution as RecognizedNumber | undefined)?.value);
    if (!Number.isFinite(value) || value <= 0) continue;
    const after = text.slice(result.end + 1);
    const unit = new RegExp(`^\\s*(${units})\\b`, 'i').exec(after);
    if (unit) {
      found.push(value * (replies.units[(unit[1] ?? '').toLowerCase()] ?? 1));
      continue;
    }
    if (new RegExp(`^\\s*(?:${minutes})\\b'?\\s*(?:walk|walking|on foot)`, 'i').test(after)) {
      found.push(value * WALKING_MILES_PER_MINUTE);
    }
  }
  // Longest first, so "half a mile" is not also read as "a mile".
  const fractions = Object.entries(replies.fractions).sort(([a], [b]) => b.length - a.length);
  for (const [words, miles] of fractions) {
    const pattern = new RegExp(`\\b${words}\\s+(?:${units})\\b`, 'gi');
    for (const match of text.matchAll(pattern)) {
      found.push(miles);
      text = blank(text, match.index ?? 0, (match.index ?? 0) + match[0].length);
    }
  }
  return found.length === 0 ? undefined : roundMiles(Math.max(...found));
}

export function parseTravel({ text, locale = DEFAULT_CULTURE, extraAreas }: ParseTravelInput): TravelResult {
  const answer = text.slice(0, MAX_ANSWER_LENGTH);
  if (isSkipAnswer({ text: answer, locale })) return SKIPPED;
  const words = repliesFor(locale).travel;

  const postcodes = findPostcodes(answer, extraAreas);
  const district = postcodes.find((match) => match.valid);
  let rest = answer;
  for (const match of postcodes) rest = blank(rest, match.from, match.to);

  const normalised = canonical(rest, locale);
  const has = (phrases: readonly string[]): boolean => findPhrases(normalised, phrases).length > 0;
  const online = has(words.remote.online);
  const phone = has(words.remote.phone);
  const either = has(words.remote.either);
  const notFar = has(words.notFar);
  const cannotTravel = !notFar && has(words.cannotTravel);
  const walking = has(words.walkingDistance);
  const anywhere = has(words.anywhere);
  const statedMiles = milesIn(rest, locale);

  let remote: RemoteMode | undefined;
  if ((online && phone) || either) remote = 'either';
  else if (online) remote = 'online';
  else if (phone) remote = 'phone';
  if (cannotTravel && remote === undefined) remote = 'either';

  const maxMiles = statedMiles ?? (walking ? WALKING_DISTANCE_MILES : notFar ? NOT_FAR_MILES : undefined);
  const inPerson = district !== undefined || maxMiles !== undefined || anywhere;
  const remoteOnly = remote !== undefined && (cannotTravel || has(words.only) || !inPerson);

  // A full postcode that breaks the rules was meant as one: ask again rather than guess.
  const invalidFull = postcodes.some((match) => !match.valid && match.full);
  if (invalidFull && district === undefined) return notUnderstood('invalidPostcode');
  if (district === undefined && remote === undefined && maxMiles === undefined && !anywhere) {
    const invalidAlone = postcodes.some((match) => !match.valid) && answer.trim().length <= 8;
    return notUnderstood(invalidAlone ? 'invalidPostcode' : 'notUnderstood');
  }

  const preference: { district?: string; remoteOnly?: RemoteMode; remoteOk?: RemoteMode; maxMiles?: number } =
    {};
  if (district?.valid) preference.district = district.district;
  if (remote !== undefined) preference[remoteOnly ? 'remoteOnly' : 'remoteOk'] = remote;
  if (maxMiles !== undefined && !remoteOnly) preference.maxMiles = maxMiles;
  return understood(preference);
}
