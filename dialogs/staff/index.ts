import type { ConversationState, StatePropertyAccessor } from 'botbuilder';
import type { Nation } from '../../src/domain/safety/types';
import type { Log } from '../../src/services/ports';
import type { SafetyFlag } from '../../src/services/safety/safetyFlag';
import type { SafetyFlagService } from '../../src/services/safety/safetyFlagService';
import type { StaffDirectory } from '../../src/domain/staff/staffDirectory';
import type { Translator } from '../../src/i18n/translator';
import type { BookingService } from '../../src/services/booking/bookingService';
import type { Clock } from '../../src/services/ports';
import type { StaffAudit } from '../../src/services/staff/audit';
import type { StaffReferralService } from '../../src/services/staff/staffReferralService';
import type { HandoffService } from '../../src/services/handoffs/handoffService';
import type { AvailabilityService } from '../../src/services/staff/availabilityService';
import type { MenuCapability } from '../mainDialog';
import { Speaker } from '../speaker';
import { HandoffsDialog } from './handoffsDialog';
import { LeaveDialog } from './leaveDialog';
import { memberWithRole, staffMemberOf } from './staffIdentity';
import { OutboxDialog } from './outboxDialog';
import { StaffSafetyGate } from './staffSafetyGate';
import { StaffTurn, type StaffTurnDeps } from './staffTurn';
import { TriageDialog } from './triageDialog';

export { StaffDialogIds } from './staffDialogIds';
export { StaffTurn } from './staffTurn';

export interface StaffCapabilityDeps {
  translator: Translator;
  directory: StaffDirectory;
  clock: Clock;
  /** Whose crisis routes a receptionist is given (999, NHS 111 option 2, helplines). */
  nation: Nation;
  booking: BookingService;
  staffReferrals: StaffReferralService;
  audit: StaffAudit;
  handoffs: HandoffService;
  availability: AvailabilityService;
  safety: SafetyFlagService;
  /** Red flags the staff safety gate found during a referral (see heldRedFlags). */
  heldFlags: StatePropertyAccessor<SafetyFlag[]>;
}

/** Where a receptionist's red flags wait between the staff safety gate and the referral they belong to. */
export function heldRedFlags(conversationState: ConversationState): StatePropertyAccessor<SafetyFlag[]> {
  return conversationState.createProperty<SafetyFlag[]>('staffHeldRedFlags');
}

/** The bot's check of every staff message (see SignpostBotDeps.staffSafety). */
export function createStaffSafetyGate(deps: {
  translator: Translator;
  directory: StaffDirectory;
  nation: Nation;
  safety: SafetyFlagService;
  heldFlags: StatePropertyAccessor<SafetyFlag[]>;
  log: Log;
}): StaffSafetyGate {
  return new StaffSafetyGate({
    speaker: new Speaker(deps.translator),
    directory: deps.directory,
    nation: deps.nation,
    safety: deps.safety,
    held: deps.heldFlags,
    log: deps.log,
  });
}

/**
 * The staff tools as menu entries, each visible only to the staff role that uses it. A patient never
 * sees them, and typing their names gets the menu's usual "I didn't understand".
 */
export function staffCapabilities(deps: StaffCapabilityDeps): MenuCapability[] {
  const speaker = new Speaker(deps.translator);
  const common = { ...deps, speaker };
  return [
    {
      id: 'staffTriage',
      labelKey: 'staff.menu.triage',
      synonymsKey: 'staff.menu.triageSynonyms',
      // What a receptionist types about a patient at the menu is the request itself; booking a
      // patient in with a link worker starts here too.
      intents: ['whatMatters', 'book'],
      dialog: new TriageDialog(common),
      isAvailable: (context) => memberWithRole(deps.directory, context, 'receptionist') !== undefined,
    },
    {
      id: 'staffHandoffs',
      labelKey: 'staff.menu.handoffs',
      synonymsKey: 'staff.menu.handoffsSynonyms',
      dialog: new HandoffsDialog(common),
      isAvailable: (context) => memberWithRole(deps.directory, context, 'linkWorker') !== undefined,
    },
    {
      id: 'staffOutbox',
      labelKey: 'staff.menu.outbox',
      synonymsKey: 'staff.menu.outboxSynonyms',
      dialog: new OutboxDialog(common),
      isAvailable: (context) => staffMemberOf(deps.directory, context) !== undefined,
    },
    {
      id: 'staffLeave',
      labelKey: 'staff.menu.leave',
      synonymsKey: 'staff.menu.leaveSynonyms',
      dialog: new LeaveDialog(common),
      isAvailable: (context) => memberWithRole(deps.directory, context, 'linkWorker') !== undefined,
    },
  ];
}

/** The bot's per-turn hook for staff (see SignpostBotDeps.staffTurn). */
export function createStaffTurn(
  deps: Omit<StaffTurnDeps, 'speaker'> & { translator: Translator },
): StaffTurn {
  return new StaffTurn({ ...deps, speaker: new Speaker(deps.translator) });
}
