import {
  ActivityTypes,
  type Activity,
  type Middleware,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';

/**
 * What the bot says in a turn, sent as few messages as reads well. Dialogs say one sentence at a time
 * (a thank-you, then the next question); sent as they are, each is its own message, its own HTTP call
 * to the channel and, in Teams, its own count against the conversation's message rate. Here plain
 * sentences are held back and go out together, one paragraph each, in the next message that carries
 * the turn's question (its suggested actions), or on their own at the end of the turn. Web Chat and
 * Teams both show "\n\n" as a paragraph break.
 *
 * A card is never merged with anything: its activity id is kept to redraw it later, and a redraw
 * replaces the whole activity. The sentences held before a card go out just before it, in order.
 */
const BATCH_KEY = Symbol('signpostReplyBatch');

export class ReplyBatch {
  private held: Partial<Activity>[] = [];
  private sent = 0;
  /** Messages made whole by endMessage, sent first with whatever goes out next. */
  private ready: Partial<Activity>[] = [];
  private open = true;

  /** The batch of this turn, when the turn has one (see ReplyBatching). */
  static of(context: TurnContext): ReplyBatch | undefined {
    return context.turnState.get<ReplyBatch | undefined>(BATCH_KEY);
  }

  constructor(private readonly context: TurnContext) {
    context.turnState.set(BATCH_KEY, this);
    context.onSendActivities(async (_context, activities, next) => {
      this.sent += activities.filter(isMessage).length;
      if (!this.open) return next();
      if (activities.every(isPlain)) {
        this.held.push(...activities);
        // The turn has answered, as if each had gone out: a prompt whose validator said why the answer
        // did not fit must not ask again on top of it (botbuilder-dialogs checks `responded`).
        context.responded = true;
        // Nothing refers back to a plain sentence by id.
        return activities.map((): ResourceResponse => ({ id: '' }));
      }
      // The activities given are what the turn context sends once every handler has run: they are
      // replaced here by the merged ones, and each caller's activity gets the id of the one it went into.
      const { merged, into } = mergeReplies([...this.held, ...activities]);
      const ownFrom = this.held.length;
      const ready = this.ready;
      this.held = [];
      this.ready = [];
      activities.splice(0, activities.length, ...ready, ...merged);
      const responses = (await next()) ?? [];
      return into.slice(ownFrom).map((at) => responses[ready.length + at] ?? { id: '' });
    });
  }

  /** How many messages the turn has said so far, held here or gone out. */
  get messagesSoFar(): number {
    return this.sent;
  }

  /**
   * The sentences held so far make a message of their own, not paragraphs of the question that
   * follows: the welcome stands apart from the privacy notice that may come after it.
   */
  endMessage(): void {
    if (!this.held.length) return;
    this.ready.push(...mergeReplies(this.held).merged);
    this.held = [];
  }

  /** Sends what is still held; from here on every send goes straight out. */
  async flush(): Promise<void> {
    this.open = false;
    const waiting = [...this.ready, ...mergeReplies(this.held).merged];
    this.held = [];
    this.ready = [];
    if (waiting.length) await this.context.sendActivities(waiting);
  }
}

/**
 * Gives each turn that answers someone (a message, or someone joining) its ReplyBatch, first of
 * anything that listens to sends, and sends what is still held when the turn ends. The bot sends it
 * earlier, before saving the turn's state (SignpostBot.run). Proactive turns are left alone: the
 * outbox judges each of their sends by its own outcome.
 */
export class ReplyBatching implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const type = context.activity.type;
    if (type !== ActivityTypes.Message && type !== ActivityTypes.ConversationUpdate) return next();
    const batch = new ReplyBatch(context);
    try {
      await next();
    } finally {
      await batch.flush();
    }
  }
}

function isMessage(activity: Partial<Activity>): boolean {
  return (activity.type ?? ActivityTypes.Message) === ActivityTypes.Message;
}

/** A message with only text: what a dialog says between questions. */
function isPlain(activity: Partial<Activity>): boolean {
  return (
    isMessage(activity) &&
    typeof activity.text === 'string' &&
    activity.text.length > 0 &&
    !activity.attachments?.length &&
    !activity.suggestedActions &&
    activity.value === undefined &&
    activity.channelData === undefined &&
    activity.speak === undefined
  );
}

/** A message that can take the sentences said before it: a question, with no card. */
function takesSentences(activity: Partial<Activity>): boolean {
  return (
    (activity.type ?? ActivityTypes.Message) === ActivityTypes.Message &&
    !activity.attachments?.length &&
    activity.channelData === undefined &&
    activity.speak === undefined
  );
}

/**
 * Runs of plain sentences joined as paragraphs, into the question that follows them when there is
 * one. `into[i]` is the index in `merged` of the message that activity i went into.
 */
export function mergeReplies(activities: readonly Partial<Activity>[]): {
  merged: Partial<Activity>[];
  into: number[];
} {
  const merged: Partial<Activity>[] = [];
  const into: number[] = [];
  let run: Partial<Activity>[] = [];
  const joined = (texts: (string | undefined)[]) =>
    texts.filter((text): text is string => Boolean(text)).join('\n\n');
  const endRun = () => {
    const last = run.at(-1);
    if (!last) return;
    merged.push({ ...last, text: joined(run.map((activity) => activity.text)) });
    run = [];
  };
  for (const activity of activities) {
    if (isPlain(activity)) {
      run.push(activity);
      into.push(merged.length);
      continue;
    }
    if (run.length && takesSentences(activity)) {
      merged.push({ ...activity, text: joined([...run.map((held) => held.text), activity.text]) });
      run = [];
      into.push(merged.length - 1);
      continue;
    }
    endRun();
    merged.push(activity);
    into.push(merged.length - 1);
  }
  endRun();
  return { merged, into };
}
