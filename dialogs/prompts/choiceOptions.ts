import type { MessageKey } from '../../src/i18n/translator';
import type { ChoiceOption } from '../../src/understanding/choice';
import type { CatalogueChoice } from './choicePrompt';

/**
 * The options of a choice prompt as the understanding layer reads them: the button's text, its
 * further words from the catalogue, and whether it is the yes or the no of the question. Shared by
 * the choice prompt and the evaluation, so both read answers the same way.
 */
export function choiceOptions(
  choices: readonly (CatalogueChoice | string)[],
  list: (key: MessageKey) => readonly string[],
): ChoiceOption[] {
  return choices.map((choice) => {
    if (typeof choice === 'string') return { label: choice };
    const words = [...(choice.synonyms ?? []), ...(choice.synonymsKey ? list(choice.synonymsKey) : [])];
    return {
      label: choice.value,
      ...(words.length ? { words } : {}),
      ...(choice.answers ? { answers: choice.answers } : {}),
    };
  });
}
