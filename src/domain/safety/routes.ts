// Where to send someone in crisis: route codes and contact data, never sentences (the dialog names each
// service in the patient's language from `service`).
//
// Two tables. PLANS says which roles apply to each crisis kind, in order; NATIONS says which service fills
// each role in each nation. A role a nation does not have is left out (Northern Ireland has no NHS 111).
// Only numbers checked against their owner's own publication are listed; when in doubt a role is left to
// the UK-wide services (999, Samaritans, SHOUT, Childline, Papyrus).
//
// Sources, as each service or government publishes them (check again before quoting to a practice):
// - UK-wide: 999; Samaritans 116 123 (samaritans.org); SHOUT, text SHOUT to 85258 (giveusashout.org);
//   Childline 0800 1111, under 19 (childline.org.uk); Papyrus HOPELINE247 0800 068 4141, under 35
//   (papyrus-uk.org). DOMAIN.md "Safety routes". NSPCC Helpline 0808 800 5000, for adults worried about a
//   child, free, UK-wide, with a report form online (nspcc.org.uk, "Report abuse").
// - England: NHS 111 (111.nhs.uk), mental health option 2, national since 27 Aug 2024 (NHS England);
//   National Domestic Abuse Helpline 0808 2000 247 (Refuge). DOMAIN.md "Safety routes".
// - Wales: NHS 111 Wales, "111 press 2" for urgent mental health, all of Wales, 24/7 since 2023 (Welsh
//   Government announcement, June 2023); Live Fear Free helpline 0808 80 10 800 (gov.wales/live-fear-free).
// - Scotland: NHS 24 on 111, whose Mental Health Hub answers mental health calls (nhs24.scot; the menu
//   option is not listed because it is not certain); Scotland's Domestic Abuse and Forced Marriage
//   Helpline 0800 027 1234 (run by Scottish Women's Aid; Scottish Government).
// - Northern Ireland: Lifeline crisis response helpline 0808 808 8000 (Public Health Agency,
//   lifelinehelpline.info); Domestic and Sexual Abuse Helpline 0808 802 1414 (Nexus NI, dsahelpline.org).

import {
  CRISIS_KINDS,
  type CrisisKind,
  type Nation,
  type RouteCondition,
  type SafetyContact,
  type SafetyRoute,
  type SafetyRouteCode,
} from './types';

export interface SafetyRoutesInput {
  kinds: readonly CrisisKind[];
  nation: Nation;
  /** Age in whole years, when known: age-limited services are only offered when it fits. */
  age?: number | undefined;
  /** From CrisisAssessment.immediateDanger: 999 is then a route to use now, not "if ...". */
  immediateDanger?: boolean;
}

interface PlanStep {
  code: SafetyRouteCode;
  condition?: RouteCondition;
}

// Medical emergency: 999, and nothing softer beside it (a stroke or a collapse is never "maybe 111").
// Abuse: 999 if in danger now, then the domestic abuse helpline, the NSPCC for an adult worried about a
// child (a parent, a grandparent, a neighbour), and Childline for a child.
// Suicidal and self-harm: 999 if life is at risk now, the urgent mental health line, someone to talk to,
// text support, then the services for young people when a known age fits (added by ageFits below).
const PLANS: Readonly<Record<CrisisKind, readonly PlanStep[]>> = {
  medicalEmergency: [{ code: 'emergency999' }],
  suicidal: [
    { code: 'emergency999', condition: 'ifLifeAtRisk' },
    { code: 'nhs111MentalHealth' },
    { code: 'samaritans' },
    { code: 'shout' },
    { code: 'childline' },
    { code: 'papyrus' },
  ],
  selfHarm: [
    { code: 'emergency999', condition: 'ifLifeAtRisk' },
    { code: 'nhs111MentalHealth' },
    { code: 'samaritans' },
    { code: 'shout' },
    { code: 'childline' },
  ],
  harmToOthers: [
    { code: 'emergency999', condition: 'ifInDangerNow' },
    { code: 'nhs111MentalHealth' },
    { code: 'samaritans' },
  ],
  abuse: [
    { code: 'emergency999', condition: 'ifInDangerNow' },
    { code: 'domesticAbuseHelpline' },
    { code: 'nspccHelpline', condition: 'ifWorriedAboutAChild' },
    { code: 'childline' },
  ],
};

const UK_WIDE: Readonly<Partial<Record<SafetyRouteCode, SafetyContact>>> = {
  emergency999: { service: 'emergencyServices', phone: '999' },
  samaritans: { service: 'samaritans', phone: '116 123' },
  shout: { service: 'shout', sms: { to: '85258', keyword: 'SHOUT' } },
  childline: { service: 'childline', phone: '0800 1111', ageBelow: 19, whenAgeUnknown: true },
  papyrus: { service: 'papyrusHopeline247', phone: '0800 068 4141', ageBelow: 35 },
  nspccHelpline: { service: 'nspcc', phone: '0808 800 5000', web: 'https://www.nspcc.org.uk' },
};

export const NATION_ROUTES: Readonly<
  Record<Nation, Readonly<Partial<Record<SafetyRouteCode, SafetyContact>>>>
> = {
  england: {
    nhs111: { service: 'nhs111', phone: '111', web: 'https://111.nhs.uk' },
    nhs111MentalHealth: { service: 'nhs111', phone: '111', phoneOption: 2 },
    domesticAbuseHelpline: { service: 'nationalDomesticAbuseHelpline', phone: '0808 2000 247' },
  },
  wales: {
    nhs111: { service: 'nhs111Wales', phone: '111' },
    nhs111MentalHealth: { service: 'nhs111Wales', phone: '111', phoneOption: 2 },
    domesticAbuseHelpline: { service: 'liveFearFree', phone: '0808 80 10 800' },
  },
  scotland: {
    nhs111: { service: 'nhs24', phone: '111' },
    nhs111MentalHealth: { service: 'nhs24', phone: '111' },
    domesticAbuseHelpline: { service: 'scotlandDomesticAbuseHelpline', phone: '0800 027 1234' },
  },
  'northern-ireland': {
    nhs111MentalHealth: { service: 'lifeline', phone: '0808 808 8000' },
    domesticAbuseHelpline: {
      service: 'northernIrelandDomesticAndSexualAbuseHelpline',
      phone: '0808 802 1414',
    },
  },
};

function contactFor(nation: Nation, code: SafetyRouteCode): SafetyContact | undefined {
  return NATION_ROUTES[nation][code] ?? UK_WIDE[code];
}

/**
 * Age-limited services when the age is known and below the limit. A patient in web chat may be a
 * child, so a service marked `whenAgeUnknown` (Childline) is also offered when the age is not known,
 * worded "if you're under 19".
 */
function ageFits(contact: SafetyContact, age: number | undefined): boolean {
  if (contact.ageBelow === undefined) return true;
  if (age === undefined || !Number.isFinite(age) || age < 0) return contact.whenAgeUnknown === true;
  return age < contact.ageBelow;
}

/** The routes for the kinds found, most urgent first, each role once. Empty when there is no crisis. */
export function safetyRoutes(input: SafetyRoutesInput): SafetyRoute[] {
  const routes: SafetyRoute[] = [];
  const byCode = new Map<SafetyRouteCode, SafetyRoute>();
  for (const kind of CRISIS_KINDS) {
    if (!input.kinds.includes(kind)) continue;
    for (const step of PLANS[kind]) {
      const existing = byCode.get(step.code);
      if (existing) {
        // The same role asked for unconditionally by another kind wins over a conditional one.
        if (existing.condition && !step.condition) delete existing.condition;
        continue;
      }
      const contact = contactFor(input.nation, step.code);
      if (!contact || !ageFits(contact, input.age)) continue;
      // Copies, so a caller that edits a route cannot edit the table.
      const route: SafetyRoute = {
        code: step.code,
        ...contact,
        ...(contact.sms ? { sms: { ...contact.sms } } : {}),
      };
      if (step.condition) route.condition = step.condition;
      byCode.set(step.code, route);
      routes.push(route);
    }
  }
  const emergency = byCode.get('emergency999');
  if (emergency && input.immediateDanger) delete emergency.condition;
  return routes;
}
