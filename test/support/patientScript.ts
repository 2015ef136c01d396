import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FixedClock, MONDAY_16_NOVEMBER, TEST_LINK_WORKERS } from './booking';
import { say } from './dialogs';
import { message, post, startTestSignpost, texts } from './signpost';

/**
 * A patient who says a lot about themselves, for the tests that look for it where it must not be
 * (logs, Redis after "delete my data"). Every value here is fictional; the NHS number is a valid
 * test number and the phone number is in Ofcom's drama range.
 */
export const PATIENT = {
  words: 'Since my wife Elsie died I hardly see anyone and I look after my grandson Jacob',
  /** Fragments of those words that would show they leaked. */
  wordFragments: ['Elsie', 'grandson Jacob', 'hardly see anyone'],
  postcode: 'RV1 4PQ',
  phone: '07700 900987',
  phoneForms: ['07700 900987', '07700900987', '+447700900987', '7700900987', '900987'],
  name: 'Margaret Thistlewood',
  dateOfBirth: '03/04/1948',
  dateOfBirthForms: ['03/04/1948', '1948-04-03'],
  nhsNumber: '943 476 5919',
  nhsNumberForms: ['943 476 5919', '9434765919'],
};

/** Everything above that must never be found where it should not be. */
export const PATIENT_SECRETS = [
  ...PATIENT.wordFragments,
  PATIENT.postcode,
  'RV1 4PQ'.replace(' ', ''),
  ...PATIENT.phoneForms,
  PATIENT.name,
  'Thistlewood',
  ...PATIENT.dateOfBirthForms,
  ...PATIENT.nhsNumberForms,
];

/** A patient's whole journey: consent, what matters, follow-ups, then a phone booking with a number. */
export const PATIENT_JOURNEY: string[] = [
  'hello',
  say('journey.menu'),
  "Yes, that's OK",
  PATIENT.words,
  'yes',
  'I like gardening',
  'skip',
  `I live at ${PATIENT.postcode}`,
  'yes',
  'no',
  'Not now',
  'book',
  'next Tuesday afternoon',
  '1',
  'By phone',
  'yes',
  PATIENT.name,
  PATIENT.phone,
  'Yes, book it',
];

/** A receptionist refers a patient who is not in the chat, with every identifying detail. */
export const RECEPTIONIST_TRIAGE: string[] = [
  'hello',
  say('staff.menu.triage'),
  `${PATIENT.words}, she wants to come to the lunch club`,
  "Yes, that's right",
  PATIENT.name,
  PATIENT.dateOfBirth,
  PATIENT.nhsNumber,
  PATIENT.phone,
  'Phone call',
  'English',
  'Yes, they agree',
  'next Tuesday afternoon',
  '1',
  'In person',
  'Yes, book it',
];

export const RECEPTIONIST_ID = 'staff-jo';

/** The staff file for RECEPTIONIST_TRIAGE: Jo, a receptionist, on the test channel. */
export const SCRIPT_STAFF = {
  network: { id: 'test-pcn', name: 'Test Primary Care Network' },
  staff: [
    {
      id: 'jo-bennett',
      name: 'Jo Bennett',
      role: 'receptionist',
      identities: { channelUsers: [{ channelId: 'test', userId: RECEPTIONIST_ID }] },
    },
    {
      id: 'ada-lovell',
      name: 'Ada Lovell',
      role: 'linkWorker',
      linkWorkerId: 'ada-lovell',
      identities: { channelUsers: [{ channelId: 'test', userId: 'staff-ada' }] },
    },
  ],
};

/** The real server with the test link workers and staff, on Monday 16 November 2026. */
export async function startScriptSignpost(env: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'signpost-script-'));
  const workersFile = path.join(dir, 'link-workers.json');
  const staffFile = path.join(dir, 'staff.json');
  writeFileSync(workersFile, JSON.stringify(TEST_LINK_WORKERS));
  writeFileSync(staffFile, JSON.stringify(SCRIPT_STAFF));
  return startTestSignpost(
    { LINK_WORKERS_FILE: workersFile, STAFF_FILE: staffFile, ...env },
    [],
    new FixedClock(MONDAY_16_NOVEMBER),
  );
}

/** Sends each message of a script in one conversation; returns the replies' texts, message by message. */
export async function playScript(
  url: string,
  script: readonly string[],
  options: { conversation: string; userId: string; stopWhen?: () => boolean },
): Promise<string[][]> {
  const replies: string[][] = [];
  for (const text of script) {
    const answer = await post(url, message(options.conversation, text, { from: { id: options.userId } }));
    if (answer.status !== 200) throw new Error(`"${text}" answered ${answer.status}`);
    replies.push(texts(answer.replies));
    if (options.stopWhen?.()) break;
  }
  return replies;
}
