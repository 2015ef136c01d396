// The learned layer of the safety checks: what its two classifiers learn from and how, and the
// thresholds at which they may add to what the rules found. The settings were chosen by training on
// all but one of the voices of data/safety/train/ and scoring the one held out
// (bench/tuneSafetyModel.ts); the thresholds are calibrated on data/safety/dev/ and on everyday
// patient messages of
// data/understanding/dev/ (see docs/ARCHITECTURE.md, "Safety: rules and a learned layer"). Changing a
// model's settings retrains it at the next build.
import type { MaskSet } from '../../../domain/safety';
import { wordAndSubwordModels, type NamedModel } from '../../model/settings';

export const SAFETY_MODEL_TASKS_IDS = ['crisis', 'redFlags'] as const;
export type SafetyModelTaskId = (typeof SAFETY_MODEL_TASKS_IDS)[number];

export interface SafetyModelSettings {
  /**
   * `rulesText`: the words the rules read (spelling rewrites applied, figures of speech hidden), through
   * the front end; `typed`: the message as typed, through the front end.
   */
  readonly reads: 'rulesText' | 'typed';
  /** Models whose probabilities are averaged: one on whole words, one also on parts of words (typos). */
  readonly models: readonly NamedModel[];
  /**
   * When the rules find nothing and the averaged probability of risk reaches this, the model adds a
   * direct question: a check question for a patient, a check for the receptionist.
   */
  readonly checkThreshold: number;
  /** At or above this, a patient gets the full crisis reply at once (above 1: never). */
  readonly crisisThreshold: number;
  /** A kind (or red flag) is named when its probability reaches this share of the most likely one's. */
  readonly labelShare: number;
  /**
   * The model says nothing about a message of `minWords` words or more of which less than this share
   * are words it learned: another language, pasted text, gibberish.
   */
  readonly minKnownShare: number;
  readonly minWords: number;
  /** The model reads a message's sentences once each, up to this many words (the rules read it all). */
  readonly maxWords: number;
}

/** Which of the rules' masks of figures of speech each task reads with. */
export const MASKS: Readonly<Record<SafetyModelTaskId, MaskSet>> = { crisis: 'crisis', redFlags: 'triage' };

/** The label every line that needs help carries, beside its kinds or red flags. */
export const RISK_LABEL = 'risk';

const models = wordAndSubwordModels(0.1);

export const SAFETY_MODEL_SETTINGS: Readonly<Record<SafetyModelTaskId, SafetyModelSettings>> = {
  crisis: {
    reads: 'rulesText',
    models,
    checkThreshold: 0.874,
    crisisThreshold: 2,
    labelShare: 0.5,
    minKnownShare: 0.3,
    minWords: 4,
    maxWords: 120,
  },
  redFlags: {
    reads: 'rulesText',
    models,
    checkThreshold: 0.685,
    crisisThreshold: 2,
    labelShare: 0.5,
    minKnownShare: 0.3,
    minWords: 4,
    maxWords: 120,
  },
};
