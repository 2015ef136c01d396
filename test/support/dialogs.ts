import path from 'node:path';
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStep } from 'botbuilder-dialogs';
import type { DialogTestClient } from 'botbuilder-testing';
import { createTranslator, type MessageKey, type MessageVars } from '../../src/i18n/translator';
import type { MenuCapability } from '../../dialogs/mainDialog';

export const translator = createTranslator({
  localesDir: path.join(__dirname, '../../locales'),
  defaultLocale: 'en-GB',
});

/**
 * The en-GB text of a catalogue key: dialog tests compare against the catalogue, not inline English.
 * A key the catalogue lacks fails the test here, rather than being compared with itself.
 */
export const say = (key: MessageKey, vars?: MessageVars): string => {
  const text = translator.t('en-GB', key, vars);
  if (text === key) throw new Error(`The en-GB catalogue has no sentence for "${key}"`);
  return text;
};

/**
 * Sentences said together in one turn, as the channel gets them: one message, a paragraph each (the
 * server sends a turn's sentences with the question that follows them).
 */
export const oneMessage = (...texts: string[]): string => texts.join('\n\n');

/** The last paragraph of a message: the question it ends with. */
export const lastParagraph = (text: string | undefined): string | undefined => text?.split('\n\n').at(-1);

/** The first paragraph of a message: what the turn said first. */
export const firstParagraph = (text: string | undefined): string | undefined => text?.split('\n\n')[0];

/** Whether one of the messages has this sentence as one of its paragraphs. */
export const hasParagraph = (texts: readonly (string | undefined)[], sentence: string): boolean =>
  texts.some((text) => text?.split('\n\n').includes(sentence));

/** A question with its examples under it, in one message (what matters, the follow-up questions). */
export const askedWithHint = (ask: MessageKey, hint: MessageKey): string => `${say(ask)}\n\n${say(hint)}`;

/** Sends one message and returns the text of every reply to it. */
export async function converse(client: DialogTestClient, text: string): Promise<string[]> {
  const replies: string[] = [];
  let reply = await client.sendActivity(text);
  while (reply) {
    replies.push(reply.text ?? '');
    reply = client.getNextReply();
  }
  return replies;
}

/**
 * A stand-in capability for the menu: asks one question and finishes. `steps` changes its waterfall's
 * length, which is how a new release changes a dialog's version.
 */
export function questionCapability(steps = 2): MenuCapability {
  class QuestionDialog extends ComponentDialog {
    constructor() {
      super('test.question');
      const waterfall: WaterfallStep[] = [
        async (step) => step.prompt('test.prompt', { prompt: 'What is your favourite colour?' }),
        async (step) => {
          await step.context.sendActivity(`Noted: ${String(step.result)}`);
          return step.next();
        },
      ];
      while (waterfall.length < steps) waterfall.push(async (step) => step.next());
      this.addDialog(new TextPrompt('test.prompt'));
      this.addDialog(new WaterfallDialog('test.question.flow', waterfall));
      this.initialDialogId = 'test.question.flow';
    }
  }
  return { id: 'question', labelKey: 'menu.prompt', dialog: new QuestionDialog() };
}
