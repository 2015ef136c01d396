import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { readTriageNote } from '../../src/understanding/triageNote';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type { Nation } from '../../src/domain/safety/types';
import type { Log } from '../../src/services/ports';
import type { SafetyFlag } from '../../src/services/safety/safetyFlag';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import { messageText } from '../messageText';
import type { Speaker } from '../speaker';
import { RedFlagAlert } from './redFlagAlert';
import { StaffDialogIds } from './staffDialogIds';
import { staffMemberOf } from './staffIdentity';

export interface StaffSafetyGateDeps {
  speaker: Speaker;
  directory: StaffDirectory;
  nation: Nation;
  safety: Pick<SafetyFlagService, 'create'>;
  /** Red flags a receptionist raised during a referral, for the triage dialog to put on it. */
  held: StatePropertyAccessor<SafetyFlag[]>;
  log: Log;
}

/** Prompts whose answer is read for red flags by their own dialog, which says what it found. */
const READ_BY_DIALOG = new Set<string>([StaffDialogIds.triageNote, StaffDialogIds.outcomeNotes]);

/**
 * Every message from staff, read for the red flags their role needs: a receptionist's words at any
 * prompt are about a patient ("crushing chest pain right now", typed at the name question, is an
 * emergency and never a name); a link worker's too. The alert says how urgent it is and what to do.
 * For a receptionist the message is not taken as the answer, and the question is asked again; the
 * flag goes on the referral. A link worker's message carries on to their dialog (an outcome note is
 * still an outcome note). Prompts that read the text themselves (the triage note, the outcome note)
 * are left to their dialogs, so nothing is said twice.
 */
export class StaffSafetyGate {
  private readonly alert: RedFlagAlert;

  constructor(private readonly deps: StaffSafetyGateDeps) {
    this.alert = new RedFlagAlert(deps);
  }

  async handle(
    context: TurnContext,
    turn: { activeDialogId: string | undefined },
  ): Promise<'continue' | 'reprompt'> {
    const member = staffMemberOf(this.deps.directory, context);
    if (!member) return 'continue';
    if (turn.activeDialogId !== undefined && READ_BY_DIALOG.has(turn.activeDialogId)) return 'continue';
    const text = messageText(context.activity);
    if (!text) return 'continue';
    // The alert and the flag use the red flags only, never the needs a note suggests.
    const reading = readTriageNote({ text, locale: 'en-GB' }, { withNeeds: false });
    if (reading.urgency === 'none') return 'continue';
    this.deps.log.warn(
      { role: member.role, urgency: reading.urgency, flags: reading.flags, prompt: turn.activeDialogId },
      'red flag in a staff message',
    );
    await this.alert.say(context, reading);
    if (member.role !== 'receptionist') {
      await this.deps.speaker.say(context, 'staff.safetyGate.linkWorker');
      return 'continue';
    }
    const flag = this.deps.safety.create({
      kinds: [...reading.crisisKinds],
      outcome: 'redFlag',
      source: 'receptionist',
      redFlags: [...reading.flags],
      urgency: reading.urgency,
      words: [...reading.words],
    });
    const held = await this.deps.held.get(context, []);
    await this.deps.held.set(context, [...held, flag]);
    await this.deps.speaker.say(context, 'staff.safetyGate.notSaved');
    return 'reprompt';
  }
}
