/**
 * What each channel accepts, so one dialog can send every channel something it shows. Microsoft Teams
 * is the strictest (DESIGN.md, trap 15): at most 3 suggested actions, no files as data URLs (a
 * `text/calendar` data URL gets "400 Unknown attachment type"), no event activities such as
 * `handoff.initiate`, and cards up to 28 KB. Web Chat and the Emulator take all of it. A channel not
 * named here gets the cautious choices: text lists, no cards, no events.
 */
export interface ChannelTraits {
  /** How many suggested actions it shows; more go in a card (or a typed list). */
  readonly maxSuggestedActions: number;
  /** Whether it renders Adaptive Cards 1.5. */
  readonly rendersAdaptiveCards: boolean;
  /** Whether it takes a file as a data-URL attachment (the booking's .ics). */
  readonly acceptsDataUrlFiles: boolean;
  /** Whether it takes an event activity such as `handoff.initiate`. */
  readonly acceptsHandoffEvent: boolean;
}

const TEAMS: ChannelTraits = {
  maxSuggestedActions: 3,
  rendersAdaptiveCards: true,
  acceptsDataUrlFiles: false,
  acceptsHandoffEvent: false,
};

const WEB_CHAT: ChannelTraits = {
  maxSuggestedActions: 100,
  rendersAdaptiveCards: true,
  acceptsDataUrlFiles: true,
  acceptsHandoffEvent: true,
};

const OTHER: ChannelTraits = {
  maxSuggestedActions: 100,
  rendersAdaptiveCards: false,
  acceptsDataUrlFiles: true,
  acceptsHandoffEvent: false,
};

const KNOWN: Record<string, ChannelTraits> = {
  msteams: TEAMS,
  webchat: WEB_CHAT,
  directline: WEB_CHAT,
  emulator: WEB_CHAT,
};

export function channelTraits(channelId: string | undefined): ChannelTraits {
  return (channelId && KNOWN[channelId]) || OTHER;
}
