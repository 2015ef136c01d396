// What every understanding task reports besides its answer: how sure it is, and which words of the
// patient's own text led to it, so a reviewer (or a link worker) can see why.

export interface Evidence {
  /** Offsets into the text as the patient typed it; end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The patient's words at those offsets. */
  readonly text: string;
  /** What those words were read as, e.g. "date 2026-12-10" or "from 11:00". */
  readonly reading: string;
}

export interface Grounded {
  /** 0 to 1: 1 when every word that carries meaning was understood. */
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
}
