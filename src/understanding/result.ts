// The shape every follow-up parser returns. "skip" is its own case: the patient chose not to answer,
// which a dialog treats differently from an answer it could not understand.

export interface Skipped {
  readonly kind: 'skip';
}

export type Understood<Value, Reason extends string> =
  { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly reason: Reason } | Skipped;

export const SKIPPED: Skipped = Object.freeze({ kind: 'skip' });

export function isSkipped<Value, Reason extends string>(
  result: Understood<Value, Reason>,
): result is Skipped {
  return 'kind' in result && result.kind === 'skip';
}

export const understood = <Value>(value: Value): { readonly ok: true; readonly value: Value } => ({
  ok: true,
  value,
});

export const notUnderstood = <Reason extends string>(
  reason: Reason,
): { readonly ok: false; readonly reason: Reason } => ({
  ok: false,
  reason,
});

/** Part of what the patient typed, as offsets into their text. */
export type { Span as Evidence } from './frontEnd';

/**
 * What a task made of a message, with how sure it is (0 to 1) and the patient's own words it rests
 * on. Tasks that choose between meanings (intent, choice, yes/no) return this shape.
 */
export interface Reading<Value> {
  readonly value: Value;
  readonly confidence: number;
  readonly evidence: readonly import('./frontEnd').Span[];
}
