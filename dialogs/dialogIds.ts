/** Every dialog and prompt id, in one place: a stored dialog stack names these. */
export const DialogIds = {
  main: 'main',
  mainFlow: 'main:flow',
  menuPrompt: 'main:menuPrompt',

  consent: 'consent',
  consentFlow: 'consent:flow',
  consentPrompt: 'consent:prompt',

  deleteData: 'deleteData',
  deleteDataFlow: 'deleteData:flow',
  deleteDataPrompt: 'deleteData:prompt',

  whatMatters: 'whatMatters',
  whatMattersFlow: 'whatMatters:flow',
  whatMattersText: 'whatMatters:text',
  whatMattersConfirm: 'whatMatters:confirm',
  whatMattersPick: 'whatMatters:pick',

  followUps: 'followUps',
  followUpsFlow: 'followUps:flow',
  followUpsText: 'followUps:text',

  wellbeing: 'wellbeing',
  wellbeingFlow: 'wellbeing:flow',
  wellbeingOffer: 'wellbeing:offer',
  wellbeingScore: 'wellbeing:score',

  suggestions: 'suggestions',
  suggestionsFlow: 'suggestions:flow',
  suggestionsAnswer: 'suggestions:answer',

  patientJourney: 'patientJourney',
  patientJourneyFlow: 'patientJourney:flow',

  bookingBook: 'book',
  bookingBookSteps: 'book:steps',
  bookingBookSlots: 'book:slots',
  bookingBookFlow: 'book:flow',
  bookingBookCheck: 'book:check',

  bookingChooseSlot: 'chooseSlot',
  bookingChooseSlotFlow: 'chooseSlot:flow',
  bookingWhen: 'chooseSlot:when',
  bookingSlot: 'chooseSlot:slot',

  bookingChooseMeeting: 'chooseMeeting',
  bookingChooseMeetingFlow: 'chooseMeeting:flow',
  bookingMode: 'chooseMeeting:mode',
  bookingPhoneConsent: 'chooseMeeting:phoneConsent',
  bookingPhone: 'chooseMeeting:phone',
  bookingContactName: 'chooseMeeting:name',

  bookingMine: 'myBooking',
  bookingMineFlow: 'myBooking:flow',
  bookingMineAction: 'myBooking:action',

  bookingPick: 'pickBooking',
  bookingPickFlow: 'pickBooking:flow',
  bookingPickPrompt: 'pickBooking:prompt',

  bookingMove: 'moveBooking',
  bookingMoveFlow: 'moveBooking:flow',
  bookingMoveSlots: 'moveBooking:slots',
  bookingMoveSlotsFlow: 'moveBooking:slots:flow',
  bookingMoveCheck: 'moveBooking:check',

  bookingCancel: 'cancelBooking',
  bookingCancelFlow: 'cancelBooking:flow',
  bookingCancelCheck: 'cancelBooking:check',
  bookingCancelReason: 'cancelBooking:reason',
} as const;
