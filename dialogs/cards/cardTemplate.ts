import { Template } from 'adaptivecards-templating';

/**
 * An Adaptive Card template and the cards it has made. adaptivecards-templating parses every
 * "${...}" expression of a template (with adaptive-expressions and antlr4ts) each time it expands it,
 * which costs far more than the card is worth; the same data always makes the same card, and the same
 * few offers are shown to many people, so each distinct card is made once and kept, up to a bound
 * (the oldest is dropped first). Each caller gets its own copy, free to change.
 */
export class CardTemplate<Data extends object> {
  private readonly template: Template;
  private readonly made = new Map<string, string>();

  constructor(
    json: object,
    private readonly limit = 256,
  ) {
    this.template = new Template(json);
  }

  expand(data: Data): object {
    const key = JSON.stringify(data);
    let card = this.made.get(key);
    if (card === undefined) {
      card = JSON.stringify(this.template.expand({ $root: data }));
      if (this.made.size >= this.limit) {
        const oldest = this.made.keys().next();
        if (!oldest.done) this.made.delete(oldest.value);
      }
      this.made.set(key, card);
    }
    return JSON.parse(card) as object;
  }

  /** How many cards are kept (for tests). */
  get size(): number {
    return this.made.size;
  }
}
