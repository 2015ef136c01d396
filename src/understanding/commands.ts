/**
 * Global commands (help, start over, cancel, talk to a person, delete my data) are recognised only when they are the
 * whole message, give or take case, punctuation and "please": "stop" cancels, but "I want to stop
 * smoking" is an answer, not a command.
 */

export type GlobalCommand = 'help' | 'startOver' | 'cancel' | 'talkToPerson' | 'deleteData';

/** The phrases for each command in the user's language, from the locale catalogue. */
export type CommandPhrases = Record<GlobalCommand, readonly string[]>;

export function normaliseCommandText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\b(please|pls|plz)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type CommandMatcher = (text: string | undefined) => GlobalCommand | undefined;

/**
 * The phrases of one language, normalised once, so that checking a message (done on every turn) is
 * one lookup. Where two commands share a phrase, the one listed first wins.
 */
export function commandMatcher(phrases: CommandPhrases): CommandMatcher {
  const byPhrase = new Map<string, GlobalCommand>();
  for (const command of Object.keys(phrases) as GlobalCommand[]) {
    for (const phrase of phrases[command]) {
      const normalised = normaliseCommandText(phrase);
      if (normalised && !byPhrase.has(normalised)) byPhrase.set(normalised, command);
    }
  }
  return (text) => {
    if (!text || text.length > 60) return undefined;
    const said = normaliseCommandText(text);
    return said ? byPhrase.get(said) : undefined;
  };
}
