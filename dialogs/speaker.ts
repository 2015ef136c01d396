import type { TurnContext } from 'botbuilder';
import type { MessageKey, MessageVars, Translator } from '../src/i18n/translator';
import { saysOneOf } from '../src/understanding/plainWords';

/** Says catalogue sentences in the user's language: every dialog speaks through one of these. */
export class Speaker {
  constructor(readonly translator: Translator) {}

  text(context: TurnContext, key: MessageKey, vars?: MessageVars): string {
    return this.translator.t(context.activity.locale, key, vars);
  }

  list(context: TurnContext, key: MessageKey): string[] {
    return this.translator.list(context.activity.locale, key);
  }

  /** Whether the answer is, word for word, one of the phrases of a catalogue list ("skip", "done"). */
  saysOneOf(context: TurnContext, text: string, key: MessageKey): boolean {
    return saysOneOf(text, this.list(context, key));
  }

  async say(context: TurnContext, key: MessageKey, vars?: MessageVars): Promise<void> {
    await context.sendActivity(this.text(context, key, vars));
  }

  /** Several sentences, each its own message: short messages read better in a chat. */
  async sayAll(context: TurnContext, keys: MessageKey[], vars?: MessageVars): Promise<void> {
    for (const key of keys) await this.say(context, key, vars);
  }
}
