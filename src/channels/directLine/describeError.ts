/**
 * An error as the logs may keep it: its name and the start of its message. Not the error itself:
 * an HTTP client's error carries the request it failed on, and that request is a patient's message.
 */
export function describeError(err: unknown): { name: string; message: string } {
  if (!(err instanceof Error)) return { name: 'unknown', message: String(err).slice(0, 500) };
  return { name: err.name, message: err.message.slice(0, 500) };
}
