import { first, itemAt, MissingItemError } from '../../src/domain/lists';

describe('itemAt and first', () => {
  const needs = ['loneliness', 'money', 'housing'] as const;

  it.each([
    [0, 'loneliness'],
    [2, 'housing'],
  ])('gives the item at %i', (index, expected) => {
    expect(itemAt(needs, index, 'a need')).toBe(expected);
  });

  it('gives the first item', () => {
    expect(first(needs, 'a need')).toBe('loneliness');
  });

  it.each([3, -1, 1.5])('throws a coded error, naming the item, for index %p', (index) => {
    let thrown: unknown;
    try {
      itemAt(needs, index, 'a need');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(MissingItemError);
    expect(thrown).toMatchObject({ code: 'MISSING_ITEM', what: 'a need', index, length: 3 });
  });

  it('throws for the first item of an empty list', () => {
    expect(() => first([], 'a site')).toThrow('Expected a site at index 0 of a list of 0');
  });
});
