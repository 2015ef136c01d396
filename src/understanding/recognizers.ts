// recognizers-text models, built once per culture. The library's own recognizeNumber and
// recognizeDateTime build a whole recognizer on every call (every model of the culture), which costs
// milliseconds and garbage per message; a model kept here parses in a fraction of that.
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';

export interface RecognizerModelResult {
  readonly start: number;
  /** Inclusive, as the library reports it. */
  readonly end: number;
  readonly text: string;
  readonly typeName: string;
  readonly resolution: unknown;
}

interface Model {
  parse(query: string, reference?: Date): RecognizerModelResult[];
}

const numberModels = new Map<string, Model>();
const dateTimeModels = new Map<string, Model>();

function modelFor(cache: Map<string, Model>, culture: string, build: (culture: string) => Model): Model {
  const key = culture.toLowerCase();
  let model = cache.get(key);
  if (!model) {
    model = build(key);
    cache.set(key, model);
  }
  return model;
}

export function recognizeNumbers(text: string, culture: string): RecognizerModelResult[] {
  return modelFor(numberModels, culture, (c) => new NumberRecognizer(c).getNumberModel(c, true)).parse(text);
}

export function recognizeDateTimes(text: string, culture: string, reference: Date): RecognizerModelResult[] {
  return modelFor(dateTimeModels, culture, (c) => new DateTimeRecognizer(c).getDateTimeModel(c, true)).parse(
    text,
    reference,
  );
}
