/**
 * Whether an answer could pick an option by its position ("2", "the second one", "number three").
 * Recognising numbers and ordinals is the costly part of reading a choice, and most answers that match
 * no option's words are not positions either ("hello", a question), so this cheap check lets them skip
 * it. For languages without a word list here, every answer is treated as possibly a position.
 */
const ENGLISH_POSITION_WORDS =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|previous)\b/i;

export function mayNameAPosition({ text, locale }: { text: string; locale: string | undefined }): boolean {
  if (!(locale ?? 'en').toLowerCase().startsWith('en')) return true;
  return ENGLISH_POSITION_WORDS.test(text);
}
