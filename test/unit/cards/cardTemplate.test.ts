import { Template } from 'adaptivecards-templating';
import { CardTemplate } from '../../../dialogs/cards/cardTemplate';
import offerCard from '../../../dialogs/suggestions/offerCard.json';

describe('a card template that keeps the cards it has made', () => {
  const data = (id: string, why = '') => ({
    id,
    name: `Offer ${id}`,
    organisation: '',
    why,
    facts: [
      { title: 'When', value: 'Tuesdays' },
      { title: 'Cost', value: 'Free' },
    ],
    buttons: { interested: "I'm interested", moreInfo: 'More about this' },
  });

  it('makes the same card adaptivecards-templating makes', () => {
    const cards = new CardTemplate(offerCard);
    for (const item of [data('a'), data('b', 'You said you like walking'), data('a')]) {
      expect(cards.expand(item)).toEqual(new Template(offerCard).expand({ $root: item }));
    }
  });

  it('gives each caller a copy of its own', () => {
    const cards = new CardTemplate(offerCard);
    const first = cards.expand(data('a')) as { body: unknown[] };
    first.body.length = 0;
    expect((cards.expand(data('a')) as { body: unknown[] }).body.length).toBeGreaterThan(0);
  });

  it('keeps at most its bound of cards, dropping the oldest', () => {
    const cards = new CardTemplate(offerCard, 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) cards.expand(data(id));
    expect(cards.size).toBe(3);
    // A card dropped is made again, the same.
    expect(cards.expand(data('a'))).toEqual(new Template(offerCard).expand({ $root: data('a') }));
    expect(cards.size).toBe(3);
  });
});
