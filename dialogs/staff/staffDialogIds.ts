/**
 * Ids of the staff dialogs and prompts, in one place: a stored dialog stack names these. Kept apart
 * from dialogIds.ts so the staff tools can be added or left out as one piece.
 */
export const StaffDialogIds = {
  triage: 'staff:triage',
  triageFlow: 'staff:triage:flow',
  triageNote: 'staff:triage:note',
  triageGoOn: 'staff:triage:goOn',
  triageNeedsConfirm: 'staff:triage:needsConfirm',
  triageNeedsPick: 'staff:triage:needsPick',
  triageConsent: 'staff:triage:consent',

  details: 'staff:details',
  detailsFlow: 'staff:details:flow',
  detailsName: 'staff:details:name',
  detailsBirth: 'staff:details:birth',
  detailsNhs: 'staff:details:nhs',
  detailsPhone: 'staff:details:phone',
  detailsContact: 'staff:details:contact',
  detailsLanguage: 'staff:details:language',
  detailsInterpreter: 'staff:details:interpreter',

  book: 'staff:book',
  bookSteps: 'staff:book:steps',
  bookSlots: 'staff:book:slots',
  bookFlow: 'staff:book:flow',
  bookMode: 'staff:book:mode',
  bookCheck: 'staff:book:check',

  handoffs: 'staff:handoffs',
  handoffsFlow: 'staff:handoffs:flow',
  handoffsPick: 'staff:handoffs:pick',
  handoffAction: 'staff:handoffs:action',

  outcome: 'staff:outcome',
  outcomeFlow: 'staff:outcome:flow',
  outcomeNotes: 'staff:outcome:notes',
  outcomeOffer: 'staff:outcome:offer',
  outcomeScores: 'staff:outcome:scores',
  outcomeScore: 'staff:outcome:score',

  outbox: 'staff:outbox',
  outboxFlow: 'staff:outbox:flow',

  leave: 'staff:leave',
  leaveFlow: 'staff:leave:flow',
  leaveKind: 'staff:leave:kind',
  leaveFrom: 'staff:leave:from',
  leaveTo: 'staff:leave:to',
  leaveTimes: 'staff:leave:times',
  leaveConfirm: 'staff:leave:confirm',
} as const;
