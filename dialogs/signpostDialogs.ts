import type { ConversationState, TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Nation } from '../src/domain/safety/types';
import type { Translator } from '../src/i18n/translator';
import type { BookingService } from '../src/services/booking/bookingService';
import type { CommunityOfferDirectory } from '../src/services/directory/offerDirectory';
import type { Clock, Log } from '../src/services/ports';
import type { PatientPrivacyService } from '../src/services/privacy/patientPrivacy';
import type { ReferralService } from '../src/services/referrals/referralService';
import type { CalendarLinks } from './booking/calendarMessage';
import type { SafetyFlagService } from '../src/services/safety/safetyFlagService';
import { bookingCapabilities, createRebookDialog, REBOOK_DIALOG_ID } from './booking';
import type { BookDialogOptions } from './booking/bookDialog';
import { ConsentDialog } from './consentDialog';
import { ConsentFirstDialog } from './consentFirstDialog';
import { DeleteDataDialog } from './deleteDataDialog';
import { REFERENCE_SAVED_PROPERTY } from './staff/staffTurn';
import { FollowUpsDialog } from './followUpsDialog';
import { MainDialog, type MenuCapability, type PracticeDetails } from './mainDialog';
import { PatientJourneyDialog } from './patientJourneyDialog';
import { SafetyGate, type PatientSafetyState } from './safetyGate';
import { Speaker } from './speaker';
import { SuggestionsDialog } from './suggestions/suggestionsDialog';
import { WellbeingDialog } from './wellbeingDialog';
import { WhatMattersDialog } from './whatMattersDialog';

export interface SignpostDialogsDeps {
  translator: Translator;
  practice: PracticeDetails & { nation: Nation };
  conversationState: ConversationState;
  referrals: ReferralService;
  /** Safety flags: on the referral draft and in the practice's safety inbox. */
  safety: SafetyFlagService;
  directory: CommunityOfferDirectory;
  referralRetentionDays: number;
  clock: Clock;
  log: Log;
  /** Booking a link-worker slot; absent, patients are told to call the practice to book. */
  booking?: BookingService;
  /** More menu entries (staff tools; tests), after the patient's own. */
  capabilities?: MenuCapability[];
  /**
   * Whether the sender is practice staff: staff see their own tools and not the patient's (what
   * matters, booking, My booking), with a welcome and help of their own.
   */
  isStaff?(context: TurnContext): boolean;
  /** Signed links to a booking's .ics, for Teams. */
  calendarLinks?: CalendarLinks;
  /** "Delete my data" and a refusal of the privacy notice, made true in every store. */
  privacy?: PatientPrivacyService;
  /** How long a chat is kept after its last message once the patient has said no, in minutes. */
  declinedChatMinutes?: number;
}

const BOOK_WITH_CONSENT = 'bookWithConsent';

export { REBOOK_DIALOG_ID };

/** Builds the whole dialog tree and the safety gate, as the server runs them (tests use it too). */
export function createSignpostDialogs(deps: SignpostDialogsDeps): {
  mainDialog: MainDialog;
  safetyGate: SafetyGate;
} {
  const { translator, practice, referrals, directory } = deps;
  const speaker = new Speaker(translator);
  const safetyState = deps.conversationState.createProperty<PatientSafetyState>('patientSafety');
  const safetyGate = new SafetyGate({
    speaker,
    safety: deps.safety,
    nation: practice.nation,
    state: safetyState,
    log: deps.log,
  });
  const consent = (keepTimeSaid?: { clock: Clock }) =>
    new ConsentDialog({
      speaker,
      referrals,
      practiceName: practice.name,
      retentionDays: deps.referralRetentionDays,
      fileHeldSafetyFlags: (context: TurnContext) => safetyGate.fileHeld(context),
      ...(deps.privacy ? { privacy: deps.privacy } : {}),
      ...(deps.declinedChatMinutes === undefined ? {} : { sessionMinutes: deps.declinedChatMinutes }),
      ...(keepTimeSaid ? { keepTimeSaid } : {}),
    });
  const referenceSaved = deps.conversationState.createProperty<string>(REFERENCE_SAVED_PROPERTY);
  const privacy: Pick<PatientPrivacyService, 'erase'> = deps.privacy ?? {
    // Without the service (some tests), only the draft is kept, so only the draft goes.
    erase: async (patient) => {
      const draft = await referrals.get(patient.patientKey);
      if (draft) await referrals.forget(patient.patientKey);
      return { draft: draft !== undefined, transcript: false, upcomingBookings: [] };
    },
  };
  const bookingMenu: MenuCapability[] = [];
  const hidden: Dialog[] = [];
  if (deps.booking) {
    // New times after a link worker's leave: the patient agreed to the notice when they first booked.
    const links = deps.calendarLinks ? { calendarLinks: deps.calendarLinks } : {};
    hidden.push(
      createRebookDialog({ translator, booking: deps.booking, clock: deps.clock, practice, ...links }),
    );
    const [book, myBooking] = bookingCapabilities({
      translator,
      booking: deps.booking,
      clock: deps.clock,
      practice,
      ...links,
    });
    bookingMenu.push(
      {
        ...book,
        dialog: new ConsentFirstDialog(
          BOOK_WITH_CONSENT,
          consent({ clock: deps.clock }),
          book.dialog,
          (result): BookDialogOptions => (result.timeSaid === undefined ? {} : { said: result.timeSaid }),
        ),
      },
      myBooking,
    );
  }
  const journey = new PatientJourneyDialog({
    speaker,
    practiceName: practice.name,
    consent: consent(),
    whatMatters: new WhatMattersDialog({ speaker, referrals }),
    followUps: new FollowUpsDialog({ speaker, referrals, postcodeAreas: directory.postcodeAreas }),
    wellbeing: new WellbeingDialog({ speaker, referrals }),
    suggestions: new SuggestionsDialog({ speaker, directory, referrals, clock: deps.clock }),
    ...(deps.booking ? { bookingDialogId: BOOK_WITH_CONSENT } : {}),
  });
  const mainDialog = new MainDialog({
    translator,
    practice,
    capabilities: [
      ...forPatients(
        [
          {
            id: 'whatMatters',
            labelKey: 'journey.menu',
            synonymsKey: 'journey.synonyms',
            intents: ['whatMatters'],
            dialog: journey,
          },
          ...bookingMenu,
        ],
        deps.isStaff,
      ),
      ...(deps.capabilities ?? []),
    ],
    ...(deps.isStaff ? { isStaff: deps.isStaff } : {}),
    hidden,
    deleteData: new DeleteDataDialog({
      speaker,
      referrals,
      privacy,
      practice,
      forgetConversation: async (context) => {
        await safetyState.delete(context);
        await referenceSaved.delete(context);
      },
    }),
  });
  return { mainDialog, safetyGate };
}

/** The patient's own menu entries, kept from staff when who is staff is known. */
function forPatients(
  capabilities: MenuCapability[],
  isStaff: ((context: TurnContext) => boolean) | undefined,
): MenuCapability[] {
  if (!isStaff) return capabilities;
  return capabilities.map((capability) => ({
    ...capability,
    isAvailable: (context: TurnContext) => !isStaff(context),
  }));
}
