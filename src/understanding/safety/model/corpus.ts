// The labelled sentences the safety classifiers learn from, and the development lines the build checks
// the model reader on. Never the sealed split (data/safety/test/).
//
// crisis (a patient's message): every line of data/safety/train/voices-{a..h,j..n}-crisis.tsv and of the
// sets the first rules were written from (test/data/safety/crisis.tsv) is labelled `risk` and its
// kinds; ordinary lines (voices-*-ordinary.tsv, test/data/safety/ordinary.txt) are `none`. So are
// everyday patient messages from the understanding training sets (answers to "what matters to you",
// interests, menu messages, typed choices) and data/safety/train/everyday-replies{,-2}.tsv (days and
// times, contact details, booking changes, deleting one's data, questions about the service, short
// answers at every prompt): without them the classifier learns that
// any short sad sentence, or "tomorrow between 10 and 12", is a crisis. Everyday lines that the rules
// flag, or that are labelled domestic abuse, are left out: they may be a crisis nobody labelled as
// one.
//
// redFlags (a receptionist's note), from voices a, b, c, d, f, h and j to n: notes labelled with an urgency
// other than `none` are `risk` and their red flags; the others are `none`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenMessage } from '../../../domain/safety';
import type { CrisisTier } from '../../../domain/safety/types';
import {
  dataLines,
  parseCrisisCases,
  parsePlainCases,
  parseRedFlagCases,
} from '../../../domain/safety/evaluation';
import { NONE_LABEL } from '../../model/settings';
import { readYesNo } from '../../yesNo';
import { safetyFeatureTextOf } from './features';
import { MASKS, RISK_LABEL, SAFETY_MODEL_SETTINGS, type SafetyModelTaskId } from './settings';

/**
 * The voices of data/safety/train/ each task learns from, and is scored on one at a time. Voice i is never
 * learned from: it is the release's new author (npm run eval:safety -- --split voices-i). Patients'
 * messages come in forty-nine voices (voices-{a..h,j..z,za..zd,zf,zg,zj..zz,zza}-crisis/ordinary; d to g
 * were written later, without looking at the rules; f: people over 80, teenagers and students, veterans,
 * farmers, people with a learning disability, dictation and translation apps, carers, drink and drugs,
 * LGBTQ+ people, people typing for someone in the room; g: regional speech of the four nations, heavy
 * typos, minimised, religious, angry, bereaved, debt and gambling, crises buried in practical requests; h:
 * hurried workers, detached professionals, chronic illness, insecure housing, asylum seekers, kinship
 * grandparents, one-word replies; j: women in their twenties to forties, new mothers, care and zero-hours
 * work, British Muslim, Sikh and Hindu families; k: older working-class men, widowers, recovery, heart
 * attacks and cancer, dementia carers; l: serious mental illness and neurodivergence, students, internet
 * slang and metaphor; m: older people of the North East and Scotland, understated men, dictation and
 * voice-to-text; n: young people and young parents in London and the Midlands, text-speak, people writing
 * in a second language; o: older people of rural Wales, Cornwall, Norfolk and the Borders, farmers,
 * widowers, dementia carers, relatives typing for them; p: working-age people of Northern Ireland, Glasgow,
 * Liverpool and the valleys, shift workers, veterans, gamblers and drinkers, run-on or terse; q: the south
 * and south west of England and commuter towns, LGBTQ+ people, therapy-speak and euphemism, the
 * perimenopause, new retirees, parents who have just found out; r: Yorkshire, the East Midlands and
 * Lincolnshire, Black British, Polish and Lithuanian, Bangladeshi and Pakistani families, Easy Read
 * writers, voice-to-text, support workers and neighbours writing for someone; s: disabled people and
 * long-term conditions, Deaf signers writing English, blind people, personal assistants, Cumbria, Teesside
 * and service families; t: teenagers, young carers, care leavers, youth slang, gig workers, and parents,
 * teachers and youth workers writing about a teenager; u: late-night and drunk typing, gambling and debt,
 * prison and probation, hostels and sofa-surfing, sex work, Gypsy, Roma and Traveller people; v: NHS staff,
 * teachers and police describing their own crisis in clinical words, people of faith, bereaved parents,
 * older couples, the Home Counties and East of England; w: parents of disabled children, kinship and foster
 * carers, dementia carers at breaking point, eating disorders and OCD, the perinatal months, the Highlands,
 * islands, Northern Ireland and mid Wales; x: recovery from drink and drugs, the trades and haulage, gamers
 * and online slang, older gay men living alone, translation apps and second languages, coastal towns; y:
 * guarded writers under coercive control, honour-based abuse and forced marriage, cuckooing, county lines
 * and modern slavery, older people robbed by family, failing small businesses, service families and
 * leavers, a crisis tucked into the answer to the chat's own question; z: terminal illness, palliative care
 * and chronic pain, bereaved by suicide, redundancy, divorce and lost contact with children, dictation,
 * Jewish, Chinese and Hong Kong, Polish, Lithuanian and Bulgarian families, long messages with the crisis
 * in the middle; za: prison leavers, rough sleepers, hostels and asylum hotels, no recourse to public
 * funds, sex work, care leavers and Travellers, support workers typing for them, second languages; zb:
 * sextortion and image abuse, stalking through apps, scams and loan sharks, online gambling and trading,
 * intrusive thoughts of harm, new antidepressants, medicine questions, a crisis slipped into a practical
 * request; zc: men who rarely ask for help, male victims of abuse, the gym and steroids, separated fathers,
 * warehouse and delivery work, stroke survivors with aphasia, voice control; zd: patois and Black British
 * speech, West African and South Asian English, Cockney, Welsh and Scots words, formal letters, the third
 * person, hypotheticals, emoji, the crisis at the end; zf: doctors, nurses, pharmacists, paramedics, vets,
 * farmers, police and forces who know the means and speak of their own crisis in their trade's words,
 * students, new fathers, the menopause, bailiffs; zg: answers to the chat's own questions with the crisis
 * inside them, Gen Z and gamers' irony, very short replies; zj: relatives, friends, carers, teachers and
 * employers writing about someone else's warning signs; zk: the first days after a life event: a diagnosis,
 * a discharge, a release, a job, a home or a baby lost; zl: adults with a learning disability, some with a
 * supporter typing, autistic adults writing literally, ADHD, dyslexic spelling, Deaf BSL users writing
 * English; zm: late at night, after a drink, complaints about benefits, PIP, the Jobcentre and waiting
 * lists with the crisis inside, the crisis let out in a question about the service, long-term pain; zn:
 * parents, step-parents and grandparents about their own children and teenagers; zo: long-term conditions
 * (diabetes, dialysis, epilepsy, heart failure, Parkinson's, MS, a stoma, sickle cell, cancer treatment) in
 * their own words; zp: people who joke, deflect and understate, gallows humour and emoji, dark jokes that
 * are real; zq: pregnancy, birth, loss, fertility and the menopause, partners too; zr: very short messages
 * and replies, fragments, emoji and one-thumb typing; zs: sport, fitness, gaming and body image, steroids,
 * eating disorders in men, betting; zt: time and tense, anniversaries, relapse after years well, past
 * attempts, plans tied to a date, and what is truly over; zu: seasons, weather and the home, holidays and
 * celebrations, cold homes, heat, floods, gas and carbon monoxide, being alone when others celebrate; zv:
 * work and belief, shift, care and NHS staff, drivers, teachers, veterans, gig work, disciplinaries,
 * redundancy and bullying, and faith communities, honour, forced marriage, being cast out; zw: LGBTQ+
 * people and students, dysphoria, binding, being outed, family rejection, halls, exams, spiking and
 * chemsex, some typed by speech-to-text; zx: how things are said, reported and quoted speech, forwarded
 * texts, denials, conditionals, questions to the service that carry the crisis, lists and corrections; zy:
 * Deaf people writing English in BSL word order, dictation and screen readers, people of 70 to 95 in care
 * homes and after discharge and the family typing for them, armed forces families, families of people who
 * use drugs, alcohol or gambling; zz: young people of 16 to 25 writing as in group chats and games, many
 * autistic or with ADHD, rural, students, young carers and care leavers, irony and memes; zza: English as
 * an additional language, refugees and people seeking asylum, visa-tied care and night-shift workers,
 * cleaners and riders, prisoners' families); receptionists' notes in forty-seven
 * (voices-{a,b,c,d,f,h,j..z,za..zd,zf,zg,zj..zz,zza}-red-flags; their d is clinic shorthand, long buried
 * requests, care home and school staff; f: care navigators, care home, school and pharmacy staff,
 * out-of-hours messages, the red flag in the last clause; h: a Monday-morning desk, online forms, calls
 * from relatives, schools and care homes; j, k and l: a maternity-heavy urban practice, valleys and coastal
 * practices, homeless outreach and a student health centre; m: a busy rural practice, relatives and farm
 * workers; n: a large inner-city practice, interpreters, housing officers, schools and social workers; o to
 * zza: the same practices as the patients' voices o to zza). A letter or two names a voice within a task.
 */
export const TRAINING_VOICES = {
  // prettier-ignore
  crisis: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'za', 'zb', 'zc', 'zd', 'zf', 'zg', 'zj', 'zk', 'zl', 'zm', 'zn', 'zo', 'zp', 'zq', 'zr', 'zs', 'zt', 'zu', 'zv', 'zw', 'zx', 'zy', 'zz', 'zza'],
  // prettier-ignore
  redFlags: ['a', 'b', 'c', 'd', 'f', 'h', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'za', 'zb', 'zc', 'zd', 'zf', 'zg', 'zj', 'zk', 'zl', 'zm', 'zn', 'zo', 'zp', 'zq', 'zr', 'zs', 'zt', 'zu', 'zv', 'zw', 'zx', 'zy', 'zz', 'zza'],
} as const satisfies Record<SafetyModelTaskId, readonly string[]>;
export type TrainingVoice = (typeof TRAINING_VOICES)[SafetyModelTaskId][number];
/** Receptionists' notes' voices. */
export const NOTE_VOICES = TRAINING_VOICES.redFlags;

/** The voices of data/safety/train/ a task learns from, and is scored on one at a time. */
export const voicesOf = (task: SafetyModelTaskId): readonly TrainingVoice[] => TRAINING_VOICES[task];

/** One labelled line: its labels (empty for none) and where it came from. */
export interface LabelledSafetyLine {
  readonly text: string;
  readonly labels: readonly string[];
  /** The voice of data/safety/train/ it belongs to; absent for the other sets. */
  readonly voice?: TrainingVoice;
  /** A patient's crisis line: clear or possible (for figures by tier; the model does not learn it). */
  readonly tier?: CrisisTier;
}

const read = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');

/** Column `column` of a tab-separated file, leaving out comments, a header and domestic abuse lines. */
function everydayTexts(root: string, path: string, column: number): string[] {
  return dataLines(read(root, path))
    .map((line) => [line.text, ...line.columns])
    .filter((columns) => columns[0] !== 'text' && !columns.some((value) => value.includes('domesticAbuse')))
    .map((columns) => columns[column] ?? '')
    .filter((text) => text !== '');
}

/** Everyday patient messages the rules find nothing in: what a patient says when nothing is wrong. */
export function everydayLines(root: string, split: 'train' | 'dev'): string[] {
  // File names without ".tsv", and the column that holds the patient's words.
  const at = (name: string) => `data/understanding/${split}/${name}.tsv`;
  const sources: [string, number][] =
    split === 'train'
      ? [
          [at('needs'), 0],
          [at('interests'), 0],
          [at('intents'), 0],
          [at('choices'), 1],
        ]
      : [
          [at('needs'), 0],
          [at('interests'), 0],
          [at('intents'), 0],
          [at('intents-voices'), 0],
          [at('choices'), 1],
          [at('choices-voices'), 1],
          [at('availability'), 0],
          [at('when'), 1],
        ];
  return sources
    .flatMap(([path, column]) => everydayTexts(root, path, column))
    .filter((text) => screenMessage({ text, locale: 'en-GB' }).outcome === 'none');
}

export function crisisTrainingLines(root: string): LabelledSafetyLine[] {
  // A crisis line that is a whole plain yes or no ("tbh yes") was an answer to a question in its
  // author's conversation: in Signpost that answer is read by the check question's dialog, and taught
  // to the model it makes "yeah go on" at any prompt look like a crisis. It is left out.
  const crisis = (path: string, voice?: TrainingVoice): LabelledSafetyLine[] =>
    parseCrisisCases(read(root, path))
      .filter((item) => !readYesNo({ text: item.text, locale: 'en-GB' }).whole)
      .map((item) => ({
        text: item.text,
        labels: [RISK_LABEL, ...item.expected],
        tier: item.tier,
        ...(voice ? { voice } : {}),
      }));
  const ordinary = (path: string, voice?: TrainingVoice): LabelledSafetyLine[] =>
    parsePlainCases(read(root, path)).map((item) => ({
      text: item.text,
      labels: [],
      ...(voice ? { voice } : {}),
    }));
  return [
    ...TRAINING_VOICES.crisis.flatMap((voice) => [
      ...crisis(`data/safety/train/voices-${voice}-crisis.tsv`, voice),
      ...ordinary(`data/safety/train/voices-${voice}-ordinary.tsv`, voice),
    ]),
    ...crisis('test/data/safety/crisis.tsv'),
    ...ordinary('test/data/safety/ordinary.txt'),
    ...ordinary('data/safety/train/everyday-replies.tsv'),
    ...ordinary('data/safety/train/everyday-replies-2.tsv'),
    ...everydayLines(root, 'train').map((text) => ({ text, labels: [] })),
  ];
}

export function redFlagTrainingLines(root: string): LabelledSafetyLine[] {
  const notes = (path: string, voice?: TrainingVoice): LabelledSafetyLine[] =>
    parseRedFlagCases(read(root, path)).map((item) => ({
      text: item.text,
      labels: item.urgency === 'none' ? [] : [RISK_LABEL, ...item.flags],
      ...(voice ? { voice } : {}),
    }));
  return [
    ...NOTE_VOICES.flatMap((voice) => notes(`data/safety/train/voices-${voice}-red-flags.tsv`, voice)),
    ...notes('test/data/safety/red-flags.tsv'),
  ];
}

export function trainingLines(root: string, task: SafetyModelTaskId): LabelledSafetyLine[] {
  return task === 'crisis' ? crisisTrainingLines(root) : redFlagTrainingLines(root);
}

/** fastText's corpus: one line per sentence, its labels first ("none" when it has none). */
export function safetyCorpus(
  task: SafetyModelTaskId,
  lines: readonly LabelledSafetyLine[],
  settings = SAFETY_MODEL_SETTINGS[task],
): string {
  const masks = settings.reads === 'rulesText' ? MASKS[task] : undefined;
  return lines
    .map((line) => {
      const labels = line.labels.length ? line.labels : [NONE_LABEL];
      return `${labels.map((label) => `__label__${label}`).join(' ')} ${safetyFeatureTextOf(line.text, masks, settings.maxWords)}`;
    })
    .join('\n')
    .concat('\n');
}

/** The development split's lines as the classifier reads them. */
export function safetyDevLines(
  root: string,
  task: SafetyModelTaskId,
  settings = SAFETY_MODEL_SETTINGS[task],
): string[] {
  const texts =
    task === 'crisis'
      ? [
          ...parseCrisisCases(read(root, 'data/safety/dev/crisis.tsv')),
          ...parsePlainCases(read(root, 'data/safety/dev/ordinary.tsv')),
        ].map((item) => item.text)
      : parseRedFlagCases(read(root, 'data/safety/dev/red-flags.tsv')).map((item) => item.text);
  const masks = settings.reads === 'rulesText' ? MASKS[task] : undefined;
  return texts.map((text) => safetyFeatureTextOf(text, masks, settings.maxWords));
}
