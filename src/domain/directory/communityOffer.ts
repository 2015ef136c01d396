import type { AccessCode, Audience, InterestId, NeedId, NihrGroup, SessionFrequency, Weekday } from './codes';

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
  /** What this venue offers (step-free access, a hearing loop, a quiet space). */
  access: AccessCode[];
}

/**
 * `free` only when every known price is zero; `paid` gives the lowest non-zero price and whether some
 * option (a concession, say) is free, with the directory's words for who gets it, and whether that free
 * option is for people on means-tested benefits or a low income (not "first session free", not a
 * leisure card); `unknown` when the directory says nothing usable.
 */
export type OfferCost =
  | { kind: 'free' }
  | {
      kind: 'paid';
      pence: number;
      hasFreeOption: boolean;
      concession: string | null;
      freeOnBenefits: boolean;
    }
  | { kind: 'unknown' };

/** A word key of what an offer is for, with its weight (1 for a word only this offer uses). */
export interface OfferWord {
  key: string;
  weight: number;
}

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
  /**
   * The sessions are opening hours (a drop-in, a phone line, appointments): people come or call at any
   * time inside them. Otherwise each session is a group meeting that runs from start to end.
   */
  openHours: boolean;
  cost: OfferCost;
  /** In-person venues; empty for a helpline or an online-only group. */
  locations: OfferLocation[];
  delivery: { inPerson: boolean; online: boolean; phone: boolean; homeVisit: boolean };
  /** Holds at every venue of the offer (a claim true at one venue only is not made). */
  access: AccessCode[];
  /**
   * Languages the offer is run in: ISO 639-1 codes, and `bfi` for British Sign Language. Empty means
   * English only; a list without `en` means the offer is not run in English.
   */
  languages: string[];
  minAge: number | null;
  maxAge: number | null;
  /** Who the offer is for, when not everyone: a person must belong to every group listed. */
  audience: Audience[];
  /** A referral (or a voucher) is needed before the first visit. */
  referral: boolean;
  /** Postcode districts served; empty when the directory names none (anyone may come). */
  areas: string[];
  /** The directory's own words on who can use the offer, for the detailed view. */
  eligibilityNote: string | null;
  /** Names of the activities the directory tags it with, from the OpenActive list ("Bowls"). */
  activities: string[];
  /**
   * What the offer is for, as word keys that can be compared with what a person said, each weighted
   * by how few offers of the directory use it (see `weighOfferWords` in suggestionRules.ts). The
   * understanding layer reads them from the name, description, eligibility and activities when the
   * directory is loaded; empty when nobody read them.
   */
  words: OfferWord[];
  contact: { phone: string | null; email: string | null; url: string | null };
}
