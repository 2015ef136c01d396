// Reads a few messages once, so that wink-nlp's model and every word list are loaded and checked
// (zod) when the process starts: a malformed data file stops start-up, and the first patient does not
// wait for the models to load.
import { readChoice } from './choice';
import { readCommand, readIntent } from './intent';
import { readMessageProblem } from './messageProblem';
import { detectInterests, detectNeeds } from './needs/detectNeeds';
import { checkMessage } from './safety/checkMessage';
import { checkTriageNote } from './safety/checkNote';

export function warmUpUnderstanding(locale = 'en-GB'): void {
  const text = "Hello, I'm not sure, I don't mind";
  readMessageProblem({ text, locale });
  readCommand({ text, locale });
  readIntent({ text, locale });
  readChoice({
    text,
    locale,
    options: [
      { label: 'Yes', answers: 'yes' },
      { label: 'No', answers: 'no' },
    ],
  });
  detectNeeds({ text, locale });
  detectInterests({ text, locale });
  // Loads the safety classifiers: a missing model stops start-up rather than the first patient's turn.
  checkMessage({ text, locale });
  checkTriageNote({ text, locale });
}
