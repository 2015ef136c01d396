import { defaultTokenizer, type Token, type TokenizerFunction } from 'botbuilder-dialogs';

/**
 * botbuilder's own tokenizer, remembering the tokens of options' words, which are the same on every
 * turn (findValues only reads tokens, so they can be shared). The utterance is tokenized afresh each
 * time and never remembered, so no patient text stays in memory. The memory is bounded: when full,
 * it starts again.
 */
export class OptionTokens {
  /** Tokens by locale, then by text: no key is built on the way (the lookup runs for every option). */
  private readonly known = new Map<string, Map<string, Token[]>>();
  private count = 0;

  constructor(private readonly limit = 5000) {}

  /** A tokenizer for one recognition of `utterance`. */
  for(utterance: string): TokenizerFunction {
    return (text, locale) => {
      if (text === utterance) return defaultTokenizer(text, locale);
      let ofLocale = this.known.get(locale ?? '');
      if (!ofLocale) {
        ofLocale = new Map();
        this.known.set(locale ?? '', ofLocale);
      }
      let tokens = ofLocale.get(text);
      if (!tokens) {
        if (this.count >= this.limit) {
          ofLocale.clear();
          this.known.clear();
          this.known.set(locale ?? '', ofLocale);
          this.count = 0;
        }
        tokens = defaultTokenizer(text, locale);
        ofLocale.set(text, tokens);
        this.count += 1;
      }
      return tokens;
    };
  }

  /** Whether `text` is remembered (for tests and diagnostics). */
  holds(text: string, locale?: string): boolean {
    return this.known.get(locale ?? '')?.has(text) ?? false;
  }

  get size(): number {
    return this.count;
  }
}
