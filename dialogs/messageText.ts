import type { Activity } from 'botbuilder';

/** The most text a card submit contributes to the safety check. */
const MAX_VALUE_TEXT = 4000;
const MAX_DEPTH = 4;

function strings(value: unknown, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    if (value.trim()) out.push(value.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) strings(item, depth + 1, out);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value as Record<string, unknown>)) strings(item, depth + 1, out);
  }
}

/**
 * Everything a person typed in this message: its text, and the text fields of a card they submitted
 * (an Adaptive Card's Input.Text arrives in `value`, often with no `text` at all). Each part is its
 * own sentence, so no phrase is made up across two fields. Untrusted: only ever read, never shown.
 */
export function messageText(activity: Partial<Pick<Activity, 'text' | 'value'>>): string {
  const parts: string[] = [];
  if (activity.text?.trim()) parts.push(activity.text.trim());
  const fromValue: string[] = [];
  strings(activity.value, 0, fromValue);
  let room = MAX_VALUE_TEXT;
  for (const part of fromValue) {
    if (room <= 0) break;
    const kept = part.slice(0, room);
    room -= kept.length;
    if (!parts.includes(kept)) parts.push(kept);
  }
  return parts.join('\n');
}
