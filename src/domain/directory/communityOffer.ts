import type { AccessCode, InterestId, NeedId, NihrGroup, SessionFrequency, Weekday } from './codes';

/**
 * A recurring session on the Europe/London wall clock. Minutes are after midnight; `endMinute` is null
 * when the directory gives only a start time, so nothing is claimed about how long it runs.
 */
export interface WeeklySession {
  weekday: Weekday;
  startMinute: number;
  endMinute: number | null;
  frequency: SessionFrequency;
}

export interface OfferLocation {
  id: string;
  name: string | null;
  lat: number | null;
  lon: number | null;
  postcode: string | null;
  /** Outward code of the postcode ("RV3"), upper case. */
  district: string | null;
}

/**
 * `free` only when every known price is zero; `paid` gives the lowest non-zero price and whether some
 * option (a concession, say) is free; `unknown` when the directory says nothing usable.
 */
export type OfferCost =
  { kind: 'free' } | { kind: 'paid'; pence: number; hasFreeOption: boolean } | { kind: 'unknown' };

/**
 * One community offer, normalised from an Open Referral UK service into what ranking needs. Named
 * CommunityOffer, never Activity: Activity is botbuilder's message type.
 */
export interface CommunityOffer {
  id: string;
  name: string;
  description: string;
  organization: { id: string; name: string } | null;
  needs: NeedId[];
  interests: InterestId[];
  nihrGroup: NihrGroup | null;
  sessions: WeeklySession[];
  cost: OfferCost;
  /** In-person venues; empty for a helpline or an online-only group. */
  locations: OfferLocation[];
  delivery: { inPerson: boolean; online: boolean; phone: boolean };
  /** Holds at every venue of the offer (a claim true at one venue only is not made). */
  access: AccessCode[];
  /** ISO 639-1 codes of the languages the offer is run in, besides English unless listed. */
  languages: string[];
  minAge: number | null;
  maxAge: number | null;
  contact: { phone: string | null; email: string | null; url: string | null };
}
