import { DialogTestClient } from 'botbuilder-testing';
import { FollowUpsDialog } from '../../dialogs/followUpsDialog';
import { WellbeingDialog } from '../../dialogs/wellbeingDialog';
import { ReferralService } from '../../src/services/referrals/referralService';
import { askedWithHint, converse, say } from '../support/dialogs';
import { journeyServices } from '../support/journey';

const patient = ReferralService.patientKey('test', 'user1');

async function started<T extends FollowUpsDialog | WellbeingDialog>(
  make: (services: ReturnType<typeof journeyServices>) => T,
) {
  const services = journeyServices();
  await services.referrals.agree(patient);
  return { services, test: new DialogTestClient('test', make(services)) };
}

/** The question, then its examples under it, in one message. */
const ask = (id: 'interests' | 'availability' | 'travel' | 'cost' | 'access') => [
  askedWithHint(`followUps.${id}.ask`, `followUps.${id}.hint`),
];

describe('FollowUpsDialog', () => {
  it('asks each question once and keeps every answer', async () => {
    const { services, test } = await started(
      (s) => new FollowUpsDialog({ ...s, postcodeAreas: new Set(['RV']) }),
    );
    expect(await converse(test, 'hi')).toEqual([say('followUps.intro'), ...ask('interests')]);
    expect(await converse(test, 'I love gardening and meeting people')).toEqual(ask('availability'));
    expect(await converse(test, 'weekday mornings but not Fridays')).toEqual(ask('travel'));
    expect(await converse(test, 'RV1 2AB')).toEqual(ask('cost'));
    expect(await converse(test, 'yes')).toEqual(ask('access'));
    expect(await converse(test, 'step free access please, and I speak Polish')).toEqual([
      say('followUps.thanks'),
    ]);
    const preferences = (await services.store.load(patient))?.preferences;
    expect(preferences?.interests).toEqual(expect.arrayContaining(['outdoorsAndNature', 'social']));
    expect(preferences?.interestsText).toBe('I love gardening and meeting people');
    expect(preferences?.availability?.excludedWeekdays).toEqual(['fri']);
    expect(preferences?.availability?.windows?.map((w) => w.weekday)).toEqual(['mon', 'tue', 'wed', 'thu']);
    expect(preferences?.travel).toEqual({ district: 'RV1' });
    expect(preferences?.cost).toEqual({ level: 'freeOnly' });
    expect(preferences?.accessNeeds).toEqual(['stepFree']);
    expect(preferences?.languages).toEqual(['pl']);
  });

  it('lets every question be skipped', async () => {
    const { services, test } = await started((s) => new FollowUpsDialog(s));
    await converse(test, 'hi');
    for (const next of ['availability', 'travel', 'cost', 'access'] as const) {
      expect(await converse(test, 'skip')).toEqual(ask(next));
    }
    expect(await converse(test, 'skip')).toEqual([say('followUps.thanks')]);
    expect((await services.store.load(patient))?.preferences).toEqual({});
  });

  it.each(['not really', 'nothing much tbh', 'nah'])(
    'hears "%s" to what they enjoy as nothing to add, and moves on',
    async (answer) => {
      const { services, test } = await started((s) => new FollowUpsDialog(s));
      await converse(test, 'hi');
      expect(await converse(test, answer)).toEqual(ask('availability'));
      expect((await services.store.load(patient))?.preferences?.interests).toBeUndefined();
    },
  );

  it('gives one more try with an example, then moves on', async () => {
    const { test } = await started((s) => new FollowUpsDialog(s));
    await converse(test, 'hi');
    await converse(test, 'skip');
    await converse(test, 'skip');
    expect(await converse(test, 'XX99 9ZZ')).toEqual([say('followUps.travel.invalidPostcode')]);
    expect(await converse(test, 'purple')).toEqual(ask('cost'));
  });

  it('asks about a usual week when the answer to "When are you usually free?" is one day of the calendar', async () => {
    const { services, test } = await started((s) => new FollowUpsDialog(s));
    await converse(test, 'hi');
    await converse(test, 'skip');
    expect(await converse(test, 'christmas day')).toEqual([say('followUps.availability.aDate')]);
    expect(await converse(test, 'tuesday afternoons')).toEqual(ask('travel'));
    const availability = (await services.store.load(patient))?.preferences?.availability;
    expect(availability?.windows?.map((w) => w.weekday)).toEqual(['tue']);
  });

  it('keeps what they enjoy in their own words when no interest can be read from it, for the suggestions', async () => {
    const { services, test } = await started((s) => new FollowUpsDialog(s));
    await converse(test, 'hi');
    expect(await converse(test, 'origami')).toEqual([say('followUps.interests.retry')]);
    expect(await converse(test, 'bell ringing really')).toEqual(ask('availability'));
    const preferences = (await services.store.load(patient))?.preferences;
    expect(preferences?.interests).toBeUndefined();
    expect(preferences?.interestsText).toBe('origami\nbell ringing really');
  });

  it('keeps an answer it could not read beside the one it could', async () => {
    const { services, test } = await started((s) => new FollowUpsDialog(s));
    await converse(test, 'hi');
    expect(await converse(test, 'bell ringing')).toEqual([say('followUps.interests.retry')]);
    expect(await converse(test, 'gardening')).toEqual(ask('availability'));
    const preferences = (await services.store.load(patient))?.preferences;
    expect(preferences?.interests).toEqual(['outdoorsAndNature']);
    expect(preferences?.interestsText).toBe('bell ringing\ngardening');
  });

  describe('what they enjoy, said before it was asked', () => {
    const askMore = (things: string) =>
      [
        say('followUps.interests.noted', { things }),
        say('followUps.interests.askMore'),
        say('followUps.interests.askMoreHint'),
      ].join('\n\n');

    async function afterWhatMatters(whatMatters: string) {
      const started_ = await started((s) => new FollowUpsDialog(s));
      await started_.services.referrals.recordWhatMatters(patient, whatMatters, ['loneliness']);
      return started_;
    }

    it('says back what they enjoy in their own words and asks only for anything else; "no" keeps those', async () => {
      const { services, test } = await afterWhatMatters(
        "I'm lonely since my wife died, I used to love gardening and fishing",
      );
      expect(await converse(test, 'hi')).toEqual([
        say('followUps.intro'),
        askMore('“gardening” and “fishing”'),
      ]);
      expect(await converse(test, "no that's all")).toEqual(ask('availability'));
      const preferences = (await services.store.load(patient))?.preferences;
      expect(preferences?.interests).toEqual(['outdoorsAndNature']);
      expect(preferences?.interestsText).toBe('gardening and fishing');
    });

    it('says back a phrase said as a verb in quotes, so it reads as theirs ("meet people", "gaming")', async () => {
      const { services, test } = await afterWhatMatters(
        "I'm on my own in halls and I'd like to meet people who are into gaming",
      );
      expect(await converse(test, 'hi')).toEqual([
        say('followUps.intro'),
        askMore('“meet people” and “gaming”'),
      ]);
      expect(await converse(test, 'no')).toEqual(ask('availability'));
      const preferences = (await services.store.load(patient))?.preferences;
      expect(preferences?.interests).toEqual(['social']);
      expect(preferences?.interestsText).toBe('meet people and gaming');
    });

    it('adds what else they enjoy to what it heard', async () => {
      const { services, test } = await afterWhatMatters('lonely since I moved here, I like walking');
      expect(await converse(test, 'hi')).toEqual([say('followUps.intro'), askMore('“walking”')]);
      expect(await converse(test, 'painting too')).toEqual(ask('availability'));
      const preferences = (await services.store.load(patient))?.preferences;
      expect(preferences?.interests).toEqual(expect.arrayContaining(['outdoorsAndNature', 'creative']));
      expect(preferences?.interestsText).toBe('walking\npainting too');
    });

    it('keeps what it heard when the answer cannot be read, after one more try', async () => {
      const { services, test } = await afterWhatMatters('lonely since I moved here, I like walking');
      await converse(test, 'hi');
      expect(await converse(test, 'purple')).toEqual([say('followUps.interests.retry')]);
      expect(await converse(test, 'hmm banana')).toEqual(ask('availability'));
      expect((await services.store.load(patient))?.preferences?.interests).toEqual(['outdoorsAndNature']);
    });

    it('asks the whole question when what matters to them says nothing it is sure they enjoy', async () => {
      const { test } = await afterWhatMatters('I feel lonely since I retired, can you help');
      expect(await converse(test, 'hi')).toEqual([say('followUps.intro'), ...ask('interests')]);
    });
  });

  it('says thanks and ends when a saved conversation points past the last question', async () => {
    // A version that asked more questions may have saved a later index in the conversation state.
    const services = journeyServices();
    await services.referrals.agree(patient);
    const test = new DialogTestClient('test', new FollowUpsDialog(services), { index: 5 });
    expect(await converse(test, 'hi')).toEqual([say('followUps.thanks')]);
    expect(test.dialogTurnResult.status).toBe('complete');
  });
});

describe('WellbeingDialog', () => {
  it('records the ONS4 baseline, with numbers as digits or words', async () => {
    const { services, test } = await started((s) => new WellbeingDialog(s));
    expect(await converse(test, 'hi')).toEqual([say('wellbeing.offer')]);
    expect(await converse(test, 'yes')).toEqual([say('wellbeing.scale'), say('wellbeing.lifeSatisfaction')]);
    expect(await converse(test, '7')).toEqual([say('wellbeing.worthwhile')]);
    expect(await converse(test, 'six out of ten')).toEqual([say('wellbeing.happiness')]);
    // A retry says what is wrong and asks the same question, so the next number is its answer.
    expect(await converse(test, '11')).toEqual([
      say('wellbeing.retry.outOfRange'),
      say('wellbeing.happiness'),
    ]);
    expect(await converse(test, 'about a 4')).toEqual([say('wellbeing.anxiety')]);
    expect(await converse(test, 'skip')).toEqual([say('wellbeing.thanks')]);
    expect((await services.store.load(patient))?.wellbeing).toEqual({
      at: '2026-11-24T10:00:00.000Z',
      lifeSatisfaction: 7,
      worthwhile: 6,
      happiness: 4,
    });
  });

  it('stores nothing when the patient would rather not', async () => {
    const { services, test } = await started((s) => new WellbeingDialog(s));
    await converse(test, 'hi');
    expect(await converse(test, 'Not now')).toEqual([]);
    expect((await services.store.load(patient))?.wellbeing).toBeUndefined();
  });

  it.each([
    ['banana', 'wellbeing.retry.noNumber'],
    ['5 or 6', 'wellbeing.retry.ambiguous'],
    ['between 6 and 7', 'wellbeing.retry.ambiguous'],
    ['8.5', 'wellbeing.retry.notWholeNumber'],
  ] as const)('explains what is wrong with "%s" and asks the question again', async (answer, key) => {
    const { test } = await started((s) => new WellbeingDialog(s));
    await converse(test, 'hi');
    await converse(test, 'yes');
    expect(await converse(test, answer)).toEqual([say(key), say('wellbeing.lifeSatisfaction')]);
  });

  it('stores a number given after a retry against the question that was asked again', async () => {
    const { services, test } = await started((s) => new WellbeingDialog(s));
    await converse(test, 'hi');
    await converse(test, 'yes');
    expect(await converse(test, '8.5')).toEqual([
      say('wellbeing.retry.notWholeNumber'),
      say('wellbeing.lifeSatisfaction'),
    ]);
    expect(await converse(test, 'middling')).toEqual([say('wellbeing.worthwhile')]);
    expect(await converse(test, 'about a 7')).toEqual([say('wellbeing.happiness')]);
    expect(await converse(test, '7/10')).toEqual([say('wellbeing.anxiety')]);
    expect(await converse(test, 'two')).toEqual([say('wellbeing.thanks')]);
    expect((await services.store.load(patient))?.wellbeing).toEqual({
      at: '2026-11-24T10:00:00.000Z',
      lifeSatisfaction: 5,
      worthwhile: 7,
      happiness: 7,
      anxiety: 2,
    });
  });
});
