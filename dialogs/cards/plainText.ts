/**
 * Text someone typed, made safe to put in an Adaptive Card TextBlock or FactSet, which render Markdown
 * (DESIGN.md, trap 16): a patient must not be able to put a link, an image or formatting into a link
 * worker's card. Every character Markdown gives a meaning to is escaped with a backslash (CommonMark
 * lets any ASCII punctuation be escaped), list and heading markers at the start of a line too, and a
 * web address is broken with an invisible space so that no renderer turns it into a link. What the
 * link worker reads is the same text.
 */

const MARKDOWN = /[\\`*_{}[\]()#+!|<>~]/g;
const LINE_START_LIST = /^(\s*)([-+*]|\d{1,9}[.)])(?=\s|$)/gm;
const LINE_START_NUMBER = /^(\s*\d{1,9})([.)])/gm;
const ZERO_WIDTH_SPACE = '\u200B';

export function plainCardText(text: string, options: { keepAddresses?: boolean } = {}): string {
  let safe = text.replace(/\r\n?/g, '\n').replace(MARKDOWN, (char) => `\\${char}`);
  // "- item" and "1. item" would start a list; "-" and "." are escaped only where they would.
  safe = safe.replace(LINE_START_LIST, (match, space: string, marker: string) =>
    /^\d/.test(marker) ? match : `${space}\\${marker}`,
  );
  safe = safe.replace(LINE_START_NUMBER, (_match, digits: string, mark: string) => `${digits}\\${mark}`);
  // Setext headings: a line of "=" or "-" under text.
  safe = safe.replace(/^(\s*)([=-]{2,})\s*$/gm, (_match, space: string, rule: string) => `${space}\\${rule}`);
  if (options.keepAddresses) return safe;
  // Bare web addresses and e-mail addresses, which some renderers link by themselves.
  return safe
    .replace(/([a-z][a-z0-9+.-]{1,20}):\/\//gi, `$1:${ZERO_WIDTH_SPACE}//`)
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
    .replace(/@/g, `${ZERO_WIDTH_SPACE}@`)
    .replace(/\.(?=[a-z]{2,24}\b)/gi, `${ZERO_WIDTH_SPACE}.`);
}
