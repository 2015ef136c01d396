import {
  NATIONS,
  safetyRoutes,
  type CrisisKind,
  type Nation,
  type SafetyRouteCode,
  type SafetyRoutesInput,
} from '../../../src/domain/safety';

const codes = (input: SafetyRoutesInput): string[] =>
  safetyRoutes(input).map((route) => (route.condition ? `${route.code}?${route.condition}` : route.code));

describe('safetyRoutes: which roles, in which order', () => {
  it.each<[string, CrisisKind[], number | undefined, string[]]>([
    ['nothing found', [], undefined, []],
    ['medical emergency: 999 and nothing softer', ['medicalEmergency'], undefined, ['emergency999']],
    [
      'suicidal, age unknown: Childline is offered for the under-19s',
      ['suicidal'],
      undefined,
      ['emergency999?ifLifeAtRisk', 'nhs111MentalHealth', 'samaritans', 'shout', 'childline'],
    ],
    [
      'suicidal, 16',
      ['suicidal'],
      16,
      ['emergency999?ifLifeAtRisk', 'nhs111MentalHealth', 'samaritans', 'shout', 'childline', 'papyrus'],
    ],
    [
      'suicidal, 18 (last year of Childline)',
      ['suicidal'],
      18,
      ['emergency999?ifLifeAtRisk', 'nhs111MentalHealth', 'samaritans', 'shout', 'childline', 'papyrus'],
    ],
    [
      'suicidal, 19',
      ['suicidal'],
      19,
      ['emergency999?ifLifeAtRisk', 'nhs111MentalHealth', 'samaritans', 'shout', 'papyrus'],
    ],
    [
      'suicidal, 35',
      ['suicidal'],
      35,
      ['emergency999?ifLifeAtRisk', 'nhs111MentalHealth', 'samaritans', 'shout'],
    ],
    [
      'self-harm, 15: Childline, not Papyrus',
      ['selfHarm'],
      15,
      ['emergency999?ifLifeAtRisk', 'nhs111MentalHealth', 'samaritans', 'shout', 'childline'],
    ],
    [
      'abuse, adult: the NSPCC for an adult worried about a child',
      ['abuse'],
      40,
      ['emergency999?ifInDangerNow', 'domesticAbuseHelpline', 'nspccHelpline?ifWorriedAboutAChild'],
    ],
    [
      'abuse, 12',
      ['abuse'],
      12,
      [
        'emergency999?ifInDangerNow',
        'domesticAbuseHelpline',
        'nspccHelpline?ifWorriedAboutAChild',
        'childline',
      ],
    ],
    [
      'harm to others',
      ['harmToOthers'],
      undefined,
      ['emergency999?ifInDangerNow', 'nhs111MentalHealth', 'samaritans'],
    ],
    [
      'overdose: medical and suicidal, 999 without condition',
      ['suicidal', 'medicalEmergency'],
      undefined,
      ['emergency999', 'nhs111MentalHealth', 'samaritans', 'shout', 'childline'],
    ],
    [
      'abuse and suicidal',
      ['abuse', 'suicidal'],
      30,
      [
        'emergency999?ifLifeAtRisk',
        'nhs111MentalHealth',
        'samaritans',
        'shout',
        'papyrus',
        'domesticAbuseHelpline',
        'nspccHelpline?ifWorriedAboutAChild',
      ],
    ],
    [
      'an age that is not one',
      ['suicidal'],
      Number.NaN,
      ['emergency999?ifLifeAtRisk', 'nhs111MentalHealth', 'samaritans', 'shout', 'childline'],
    ],
  ])('%s (England)', (_name, kinds, age, expected) => {
    expect(codes({ kinds, nation: 'england', age })).toEqual(expected);
  });

  it('makes 999 unconditional in immediate danger', () => {
    expect(safetyRoutes({ kinds: ['abuse'], nation: 'england', immediateDanger: true })[0]).toEqual({
      code: 'emergency999',
      service: 'emergencyServices',
      phone: '999',
    });
  });

  it('does not depend on the order of the kinds given', () => {
    expect(codes({ kinds: ['abuse', 'selfHarm', 'medicalEmergency'], nation: 'wales' })).toEqual(
      codes({ kinds: ['medicalEmergency', 'selfHarm', 'abuse'], nation: 'wales' }),
    );
  });
});

describe('safetyRoutes: who fills each role in each nation', () => {
  const contact = (nation: Nation, kinds: CrisisKind[], code: SafetyRouteCode) =>
    safetyRoutes({ kinds, nation, age: 16 }).find((route) => route.code === code);

  it.each<[Nation, string, string | undefined, number | undefined]>([
    ['england', 'nhs111', '111', 2],
    ['wales', 'nhs111Wales', '111', 2],
    ['scotland', 'nhs24', '111', undefined],
    ['northern-ireland', 'lifeline', '0808 808 8000', undefined],
  ])('urgent mental health line in %s: %s %s option %s', (nation, service, phone, option) => {
    const route = contact(nation, ['suicidal'], 'nhs111MentalHealth');
    expect(route).toMatchObject({ service, phone });
    expect(route?.phoneOption).toBe(option);
  });

  it.each<[Nation, string, string]>([
    ['england', 'nationalDomesticAbuseHelpline', '0808 2000 247'],
    ['wales', 'liveFearFree', '0808 80 10 800'],
    ['scotland', 'scotlandDomesticAbuseHelpline', '0800 027 1234'],
    ['northern-ireland', 'northernIrelandDomesticAndSexualAbuseHelpline', '0808 802 1414'],
  ])('domestic abuse helpline in %s: %s %s', (nation, service, phone) => {
    expect(contact(nation, ['abuse'], 'domesticAbuseHelpline')).toMatchObject({ service, phone });
  });

  it.each(NATIONS)('%s has the UK-wide routes', (nation) => {
    expect(contact(nation, ['medicalEmergency'], 'emergency999')).toMatchObject({ phone: '999' });
    expect(contact(nation, ['suicidal'], 'samaritans')).toMatchObject({
      service: 'samaritans',
      phone: '116 123',
    });
    expect(contact(nation, ['suicidal'], 'shout')).toMatchObject({ sms: { to: '85258', keyword: 'SHOUT' } });
    expect(contact(nation, ['suicidal'], 'childline')).toMatchObject({ phone: '0800 1111', ageBelow: 19 });
    expect(contact(nation, ['suicidal'], 'papyrus')).toMatchObject({ phone: '0800 068 4141', ageBelow: 35 });
    expect(contact(nation, ['abuse'], 'nspccHelpline')).toMatchObject({
      service: 'nspcc',
      phone: '0808 800 5000',
    });
  });

  it('leaves out NHS 111 in Northern Ireland, which has none', () => {
    expect(codes({ kinds: ['medicalEmergency'], nation: 'northern-ireland' })).toEqual(['emergency999']);
  });

  it('hands out copies, so a caller cannot change the table', () => {
    const first = safetyRoutes({ kinds: ['suicidal'], nation: 'england' });
    const shout = first.find((route) => route.code === 'shout');
    if (shout?.sms) shout.sms.to = '0';
    first[0]!.phone = '0';
    const again = safetyRoutes({ kinds: ['suicidal'], nation: 'england' });
    expect(again[0]!.phone).toBe('999');
    expect(again.find((route) => route.code === 'shout')?.sms?.to).toBe('85258');
  });
});
