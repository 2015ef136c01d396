import { detectNeeds } from './needs/detectNeeds';
import { needsToSayBack } from '../domain/needs/sayBack';
import type { NeedId } from '../domain/needs/taxonomy';
import { assessMessage, assessRedFlags } from '../domain/safety';
import type { CrisisKind, RedFlagKind, TriageUrgency } from '../domain/safety/types';

/**
 * A receptionist's note of a walk-in or phone request, read for what must happen first (red flags that
 * need a clinician, 999 or 111) and for the social needs a link worker could help with. Signpost only
 * suggests: the receptionist confirms, changes or overrules every part of it.
 */
export interface TriageReading {
  /** `none`: no red flag is current, and the social request can go ahead. */
  readonly urgency: TriageUrgency;
  readonly flags: readonly RedFlagKind[];
  /** Crisis kinds, for the routes to give the caller (999, NHS 111 option 2, helplines). */
  readonly crisisKinds: readonly CrisisKind[];
  readonly immediateDanger: boolean;
  /** Suggested needs, most important first; empty when the note names none. */
  readonly needs: readonly NeedId[];
}

export function readTriageNote(input: { text: string; locale: string }): TriageReading {
  const redFlags = assessRedFlags(input);
  const crisis = assessMessage(input);
  // The crisis check reads first-person wording the triage rules may not; a crisis is never "none".
  const urgency: TriageUrgency =
    redFlags.urgency === 'none' && crisis.crisis
      ? crisis.immediateDanger
        ? 'emergency999'
        : 'urgent111'
      : redFlags.urgency;
  // The classifier learned from patients' own answers; a receptionist's note about a patient is read by the rules.
  const needs = needsToSayBack({ needs: detectNeeds({ ...input, rulesOnly: true }).needs, limit: 6 });
  return {
    urgency,
    flags: redFlags.flags,
    crisisKinds: crisis.kinds,
    immediateDanger: crisis.immediateDanger,
    needs,
  };
}
