import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import {
  PATIENT_JOURNEY,
  PATIENT_SECRETS,
  RECEPTIONIST_ID,
  RECEPTIONIST_TRIAGE,
  playScript,
  startScriptSignpost,
} from '../support/patientScript';

type OnStep = (this: WaterfallDialog, step: WaterfallStepContext) => Promise<DialogTurnResult>;
const waterfall = WaterfallDialog.prototype as unknown as { onStep: OnStep };
const realOnStep = waterfall.onStep;

/**
 * A failure as bad as they come for a log: its message quotes what the person said, and it carries
 * the step's state, options and the whole activity as fields (as an HTTP client's error carries its
 * request).
 */
class InjectedStepError extends Error {
  readonly state: unknown;
  readonly activity: unknown;
  readonly options: unknown;
  readonly code = 'INJECTED';
  constructor(step: WaterfallStepContext) {
    super(`step failed while handling "${step.context.activity.text ?? ''}": ${JSON.stringify(step.values)}`);
    this.name = 'InjectedStepError';
    this.state = step.values;
    this.activity = step.context.activity;
    this.options = step.options;
  }
}

/** Runs `work` with every waterfall step counted, or with the n-th one (from 1) failing. */
async function withSteps<T>(failAt: number | undefined, work: (failed: () => boolean) => Promise<T>) {
  let count = 0;
  let failed = false;
  waterfall.onStep = async function (this: WaterfallDialog, step: WaterfallStepContext) {
    count += 1;
    if (count === failAt) {
      failed = true;
      throw new InjectedStepError(step);
    }
    return realOnStep.call(this, step);
  };
  try {
    const result = await work(() => failed);
    return { result, count, failed };
  } finally {
    waterfall.onStep = realOnStep;
  }
}

describe('logs, when any dialog step fails', () => {
  it('never hold the patient’s words, NHS number, phone, postcode or date of birth', async () => {
    const signpost = await startScriptSignpost();
    try {
      let injected = 0;
      for (const [name, script, userId] of [
        ['patient', PATIENT_JOURNEY, 'patient'],
        ['receptionist', RECEPTIONIST_TRIAGE, RECEPTIONIST_ID],
      ] as const) {
        // A clean run counts the steps the script goes through.
        const clean = await withSteps(undefined, () =>
          playScript(signpost.url, script, { conversation: `${name}-clean`, userId }),
        );
        expect(clean.count).toBeGreaterThan(10);
        for (let failAt = 1; failAt <= clean.count; failAt += 1) {
          const run = await withSteps(failAt, (failed) =>
            playScript(signpost.url, script, {
              conversation: `${name}-fail-${failAt}`,
              // A new patient each time: what one run stored must not shorten the next.
              userId: name === 'patient' ? `${userId}-${failAt}` : userId,
              stopWhen: failed,
            }),
          );
          expect(run.failed).toBe(true);
          injected += 1;
        }
      }

      const written = signpost.logs.raw();
      const failures = signpost.logs.lines.filter((line) => line.msg === 'turn failed');
      expect(failures).toHaveLength(injected);
      expect(failures[0]).toMatchObject({
        err: {
          type: 'DialogContextError',
          frames: expect.any(Array),
          cause: { type: 'InjectedStepError', code: 'INJECTED', frames: expect.any(Array) },
        },
        conversationId: expect.any(String),
        activityType: 'message',
      });
      for (const secret of PATIENT_SECRETS)
        expect({ secret, found: written.includes(secret) }).toEqual({ secret, found: false });
      // Nor anything else from the state or the activity.
      expect(written).not.toMatch(/"(text|value|values|state|activity|options)":/);
    } finally {
      await signpost.close();
    }
  }, 180_000);
});
