import { randomUUID } from 'node:crypto';
import { startSignpost, type Signpost } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { MenuCapability } from '../../dialogs/mainDialog';
import type { Clock } from '../../src/services/ports';
import { capturingLogger } from './logs';

/**
 * Starts the real server (restify, CloudAdapter, Redis) on a free port with test settings. Tests
 * run without a Microsoft App ID, so staff tools are switched on by the development setting
 * (STAFF_TOOLS_WITHOUT_AUTH); a test of the real rule passes 'false'.
 */
export async function startTestSignpost(
  env: Record<string, string> = {},
  capabilities: MenuCapability[] = [],
  clock?: Clock,
  options: { handoffSweep?: boolean } = {},
): Promise<Signpost & { logs: ReturnType<typeof capturingLogger> }> {
  const logs = capturingLogger('debug');
  const config = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      REDIS_URL: process.env.TEST_REDIS_URL ?? '',
      REDIS_KEY_PREFIX: `test:${randomUUID().slice(0, 8)}:`,
      PRACTICE_NAME: 'Riverside Surgery',
      STAFF_TOOLS_WITHOUT_AUTH: 'true',
      ...env,
    },
    false,
  );
  const signpost = await startSignpost({
    config,
    logger: logs.logger,
    capabilities,
    handoffSweep: options.handoffSweep ?? false,
    ...(clock ? { clock } : {}),
  });
  return Object.assign(signpost, { logs });
}

export interface ActivityLike {
  type: string;
  text?: string;
  [key: string]: unknown;
}

let counter = 0;

/** An incoming message as a channel would post it; replies come back in the HTTP response. */
export function message(
  conversationId: string,
  text: string,
  extra: Record<string, unknown> = {},
): ActivityLike {
  counter += 1;
  return {
    type: 'message',
    id: `m${counter}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}` },
    recipient: { id: 'signpost' },
    locale: 'en-GB',
    text,
    ...extra,
  };
}

/** POSTs an activity to /api/messages and returns the status and the replies (expectReplies). */
export async function post(
  baseUrl: string,
  activity: ActivityLike,
  headers: Record<string, string> = {},
): Promise<{ status: number; replies: ActivityLike[] }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const body = await response.text();
  let replies: ActivityLike[] = [];
  if (body) {
    const parsed = JSON.parse(body) as { activities?: ActivityLike[] };
    replies = parsed.activities ?? [];
  }
  return { status: response.status, replies };
}

export const texts = (replies: ActivityLike[]) =>
  replies.map((reply) => reply.text).filter(Boolean) as string[];
