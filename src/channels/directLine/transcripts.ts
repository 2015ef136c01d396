import type { TranscriptStore } from '../../services/privacy/patientPrivacy';
import type { ChannelConversationLog } from '../../services/ports';

/**
 * The transcripts of Signpost's own Direct Line, as the privacy service sees them. Only conversations
 * of its own channel id are its to erase; another channel's transcript lives with that channel.
 */
export function directLineTranscripts(
  conversations: ChannelConversationLog,
  options: { channelId: string; sessionTtlSeconds: number },
): TranscriptStore {
  const ours = (channelId: string) => channelId === options.channelId;
  return {
    erase: async ({ channelId, conversationId }) =>
      ours(channelId) ? conversations.erase(conversationId) : false,
    keepForSessionOnly: async ({ channelId, conversationId }) => {
      if (!ours(channelId)) return false;
      await conversations.limitRetention({ conversationId, ttlSeconds: options.sessionTtlSeconds });
      return true;
    },
  };
}
