import { assessMessage } from './assessMessage';
import type { CrisisAssessment, SafetyTextInput } from './types';

export interface Screening {
  outcome: 'crisis' | 'check' | 'none';
  assessment: CrisisAssessment;
}

export function screenMessage(input: SafetyTextInput): Screening {
  const assessment = assessMessage(input);
  return { outcome: assessment.crisis ? 'crisis' : 'none', assessment };
}
