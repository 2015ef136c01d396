import type { TurnContext } from 'botbuilder';

// A message a check question held back ("Are you thinking about ending your life?"), handed to the
// dialogs once the patient answered no. It was said before the question, so it may not answer the
// question that was open; a dialog that cannot read it asks again without an apology, and does not
// count it as a try that failed.
const REPLAYED = Symbol('signpostReplayedAfterCheck');

export function markReplayed(context: TurnContext): void {
  context.turnState.set(REPLAYED, true);
}

export function isReplayed(context: TurnContext): boolean {
  return context.turnState.get<boolean | undefined>(REPLAYED) === true;
}
