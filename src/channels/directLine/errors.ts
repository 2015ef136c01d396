import type { Response } from 'restify';

/**
 * An answer other than success, in Direct Line's error shape `{ error: { code, message } }`. The
 * message is fixed text chosen here, never an exception's, so nothing internal reaches a client.
 */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DirectLineError';
  }
}

export const badArgument = (message: string) => new DirectLineError(400, 'BadArgument', message);
export const notFound = () => new DirectLineError(404, 'BadArgument', 'conversation not found');

export function sendError(res: Response, error: DirectLineError): void {
  for (const [name, value] of Object.entries(error.headers)) res.header(name, value);
  res.json(error.status, { error: { code: error.code, message: error.message } });
}
