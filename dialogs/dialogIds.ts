/** Every dialog and prompt id, in one place: a stored dialog stack names these. */
export const DialogIds = {
  main: 'main',
  mainFlow: 'main.flow',
  menuPrompt: 'main.menuPrompt',

  consent: 'consent',
  consentFlow: 'consent.flow',
  consentPrompt: 'consent.prompt',

  deleteData: 'deleteData',
  deleteDataFlow: 'deleteData.flow',
  deleteDataPrompt: 'deleteData.prompt',

  whatMatters: 'whatMatters',
  whatMattersFlow: 'whatMatters.flow',
  whatMattersText: 'whatMatters.text',
  whatMattersConfirm: 'whatMatters.confirm',
  whatMattersPick: 'whatMatters.pick',

  followUps: 'followUps',
  followUpsFlow: 'followUps.flow',
  followUpsText: 'followUps.text',

  wellbeing: 'wellbeing',
  wellbeingFlow: 'wellbeing.flow',
  wellbeingOffer: 'wellbeing.offer',
  wellbeingScore: 'wellbeing.score',

  suggestions: 'suggestions',
  suggestionsFlow: 'suggestions.flow',
  suggestionsAnswer: 'suggestions.answer',

  patientJourney: 'patientJourney',
  patientJourneyFlow: 'patientJourney.flow',
} as const;
