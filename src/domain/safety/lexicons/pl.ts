import type { SafetyLexicon } from '../lexicon';

// Polish crisis phrases: Polish is the most used main language in England after English (Census 2021).
// Deliberately small: only everyday phrasings whose meaning is unambiguous. Normalised text has no
// diacritics and "ł" reads "l": "chcę się zabić" is "chce sie zabic", "żyć" is "zyc". Polish verbs
// carry the person, and "chce" (I want / he wants) loses its difference without the ogonek, so
// subject comes only from a third-person pronoun or relation before the hit. en-GB runs alongside,
// for patients who switch to English.

const OTHER =
  '(?:on|ona|oni|one|syn|corka|kolega|kolezanka|przyjaciel|przyjaciolka|maz|zona|brat|siostra|mama|tata)';
const FIRST_PERSON = '(?:ja|mnie|mi|mna|moj|moja|moje|mojego|mojej)';

export const pl: SafetyLexicon = {
  tag: 'pl',
  negationBefore: '(?<![a-z0-9])(?:nie|nigdy)(?: (?:mam|jestem|chce|zamierzam|myslalem|myslalam))* $',
  thirdParty: `(?<![a-z0-9])${OTHER}(?: (?!${FIRST_PERSON}(?![a-z0-9]))[a-z0-9]+)* ?$`,
  clauseBreak: ' (?:,|ale|i|a|bo|poniewaz) ',
  imminence: '(?<![a-z0-9])(?:teraz|dzisiaj w nocy|dzis w nocy|zaraz)(?![a-z0-9])',
  crisis: [
    {
      id: 'suicidal.killSelf',
      kinds: ['suicidal'],
      subject: 'either',
      pattern: 'zabic sie|sie zabic|zabije sie|sie zabije|zabic siebie',
    },
    {
      id: 'suicidal.wantToDie',
      kinds: ['suicidal'],
      subject: 'either',
      pattern: 'chce umrzec|chcialbym umrzec|chcialabym umrzec|chce juz umrzec',
    },
    {
      id: 'suicidal.dontWantToLive',
      kinds: ['suicidal'],
      subject: 'either',
      pattern: 'nie chce (?:juz )?zyc|nie mam po co zyc|odebrac sobie zycie',
      negatable: false,
    },
    {
      id: 'suicidal.suicide',
      kinds: ['suicidal'],
      subject: 'either',
      pattern: 'samoboj[a-z]*|mysli samobojcze',
    },
    {
      id: 'selfHarm.selfHarm',
      kinds: ['selfHarm'],
      subject: 'either',
      pattern: 'samookalecz[a-z]*|okaleczam sie|okaleczac sie|tne sie|ciac sie',
    },
    {
      id: 'abuse.beatsMe',
      kinds: ['abuse'],
      subject: 'self',
      pattern: '(?:bije|bil|bila|uderzyl|uderzyla|kopie) mnie|mnie (?:bije|bil|bila|uderzyl|uderzyla|kopie)',
    },
    {
      id: 'abuse.named',
      kinds: ['abuse'],
      subject: 'either',
      pattern:
        'przemoc[a-z]* domow[a-z]*|przemoc[a-z]* w rodzinie|boje sie (?:meza|partnera|go)|nie czuje sie bezpiecznie w domu',
    },
    {
      id: 'medical.chestPain',
      kinds: ['medicalEmergency'],
      subject: 'either',
      pattern: 'bol w klatce piersiowej|boli mnie w klatce piersiowej',
      flag: 'chestPain',
    },
    {
      id: 'medical.cantBreathe',
      kinds: ['medicalEmergency'],
      subject: 'either',
      pattern: 'nie moge oddychac|nie moze oddychac',
      flag: 'breathlessness',
      negatable: false,
    },
    {
      id: 'medical.overdose',
      kinds: ['medicalEmergency', 'suicidal'],
      subject: 'either',
      pattern: 'przedawkowal[a-z]*',
      flag: 'overdose',
      event: true,
    },
  ],
};
