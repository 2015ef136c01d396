// Typed answers to the bot's own choice questions: does each reach the next step the person meant?
// Each prompt is built as its dialog builds it (the same catalogue words, the same reading), so the
// figure is the bot's, not a stand-in's.
import { join } from 'node:path';
import { readSlotChoice } from '../../../dialogs/booking/slotChoice';
import type { CatalogueChoice } from '../../../dialogs/prompts/choicePrompt';
import { choiceOptions } from '../../../dialogs/prompts/choiceOptions';
import { yesNoCatalogueChoices, type YesNoWords } from '../../../dialogs/yesNo';
import { createTranslator, type MessageKey } from '../../../src/i18n/translator';
import { readChoice } from '../../../src/understanding/choice';
import { findUkPhone } from '../../../src/understanding/phone';
import {
  alternatives,
  labelFigures,
  readRows,
  splitsOf,
  type EvalTask,
  type SplitFigures,
  filesOf,
  accuracyByFile,
} from './task';

const LOCALE = 'en-GB';
/** Monday 7 December 2026, 09:00 in London: the day the sealed prompts describe. */
const NOW = new Date('2026-12-07T09:00:00Z');

type Reader = (reply: string) => string;

function readers(root: string): Record<string, Reader> {
  const translator = createTranslator({ localesDir: join(root, 'locales'), defaultLocale: LOCALE });
  const t = (key: MessageKey, vars?: Record<string, string>) => translator.t(LOCALE, key, vars);
  const list = (key: MessageKey) => translator.list(LOCALE, key);
  const choose =
    (choices: CatalogueChoice[], outcomes: readonly string[]): Reader =>
    (reply) => {
      const reading = readChoice({ text: reply, locale: LOCALE, options: choiceOptions(choices, list) });
      return reading.value.kind === 'option' ? (outcomes[reading.value.index] ?? 'unclear') : 'unclear';
    };
  const yesNo = (yesKey: MessageKey, noKey: MessageKey, outcomes = ['yes', 'no'], words: YesNoWords = {}) =>
    choose(yesNoCatalogueChoices(t, yesKey, noKey, words), outcomes);

  const slots = [
    {
      id: 'slot-1',
      when: 'Tuesday 8 December at 10am',
      start: '2026-12-08T10:00:00.000Z',
      worker: 'Amara Okafor',
    },
    {
      id: 'slot-2',
      when: 'Wednesday 9 December at 2:30pm',
      start: '2026-12-09T14:30:00.000Z',
      worker: 'Tom Reid',
    },
    {
      id: 'slot-3',
      when: 'Friday 11 December at 11:15am',
      start: '2026-12-11T11:15:00.000Z',
      worker: 'Amara Okafor',
    },
  ];
  const modes = ['inPerson', 'phone', 'video'] as const;
  const phoneConsent = yesNo('booking.phone.yes', 'booking.phone.no', ['yes', 'no'], {
    no: 'booking.phone.noWords',
  });

  return {
    privacy: yesNo('privacy.agree', 'privacy.decline', ['agree', 'decline']),
    whatMattersConfirm: yesNo('whatMatters.yes', 'whatMatters.no'),
    myBooking: choose(
      [
        { value: t('booking.mine.move'), synonymsKey: 'booking.mine.moveWords' },
        { value: t('booking.mine.cancel'), synonymsKey: 'booking.mine.cancelWords' },
        { value: t('booking.mine.keep'), synonymsKey: 'booking.mine.keepWords' },
      ],
      ['move', 'cancel', 'keep'],
    ),
    slotOffer: (reply) => {
      const result = readSlotChoice({
        text: reply,
        value: undefined,
        offered: slots.map((slot) => slot.id),
        starts: slots.map((slot) => slot.start),
        labels: slots.map((slot) =>
          t('booking.offer.line', { number: '', when: slot.when, worker: slot.worker }),
        ),
        words: { more: list('booking.offer.moreWords'), otherDay: list('booking.offer.otherDayWords') },
        locale: LOCALE,
        now: NOW,
      });
      if (!result.ok) return 'unclear';
      const { choice } = result;
      if (choice.kind === 'pick') return String(slots.findIndex((slot) => slot.id === choice.slotId) + 1);
      return choice.kind === 'more' ? 'more' : 'otherDay';
    },
    meetingMode: choose(
      modes.map((mode) => ({
        value: t(`booking.mode.label.${mode}`),
        synonymsKey: `booking.mode.words.${mode}`,
      })),
      modes,
    ),
    phoneConsent: (reply) => {
      const phone = findUkPhone(reply);
      return phone ? `number:${phone.national}` : phoneConsent(reply);
    },
    bookCheck: yesNo('booking.check.yes', 'booking.check.no'),
    journeyBook: yesNo('journey.yes', 'journey.no'),
    wellbeingOffer: yesNo('wellbeing.yes', 'wellbeing.no'),
    deleteConfirm: yesNo('deleteData.yes', 'deleteData.no', ['yes', 'no'], { yes: 'deleteData.yesWords' }),
    cancelCheck: yesNo('booking.cancelBooking.yes', 'booking.cancelBooking.no', ['yes', 'no'], {
      yes: 'booking.cancelBooking.yesWords',
    }),
    moveCheck: yesNo('booking.move.yes', 'booking.move.no'),
  };
}

export const choices: EvalTask = {
  name: 'choices',
  run(context) {
    const byPrompt = readers(context.root);
    const out: SplitFigures[] = [];
    for (const split of splitsOf(context)) {
      const rows = readRows(context, split, 'choices.tsv');
      if (!rows) continue;
      const results = rows.map((row) => {
        const [prompt = '', reply = '', expected = ''] = row.columns;
        const read = byPrompt[prompt];
        return { prompt, reply, expected: alternatives(expected), got: read ? read(reply) : 'noSuchPrompt' };
      });
      const figures: Record<string, number> = {
        ...labelFigures(results, []),
        ...accuracyByFile(
          rows,
          results.map((result) => result.expected.includes(result.got)),
        ),
      };
      for (const prompt of Object.keys(byPrompt)) {
        const mine = results.filter((result) => result.prompt === prompt);
        if (mine.length) {
          figures[`accuracy.${prompt}`] =
            mine.filter((result) => result.expected.includes(result.got)).length / mine.length;
        }
      }
      out.push({
        split,
        file: filesOf(rows),
        cases: results.length,
        figures,
        misses:
          split === 'test'
            ? []
            : results
                .filter((result) => !result.expected.includes(result.got))
                .map(
                  (result) =>
                    `${result.prompt}: ${result.expected.join('|')} → ${result.got} | ${result.reply}`,
                ),
      });
    }
    return out;
  },
};
