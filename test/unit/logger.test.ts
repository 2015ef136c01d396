import { capturingLogger } from '../support/logs';

describe('logs', () => {
  it('never write what a patient said or who they are', () => {
    const capture = capturingLogger();
    const { logger, raw } = capture;
    logger.info(
      {
        activity: { from: { name: 'Ada Lovelace', id: 'u1' }, value: { nhsNumber: '9434765919' } },
        text: 'I feel so lonely since my husband died',
        patient: { name: 'Ada Lovelace', dateOfBirth: '1950-01-01' },
        referral: {
          phone: '07700 900123',
          email: 'ada@example.org',
          postcode: 'LS6 3QW',
          nhsNumber: '9434765919',
        },
        conversationId: 'c-42',
      },
      'turn',
    );
    const written = raw();
    for (const secret of ['Ada', 'lonely', '9434765919', '07700', 'ada@example.org', 'LS6', '1950']) {
      expect(written).not.toContain(secret);
    }
    expect(written.length).toBeGreaterThan(0);
    expect(capture.lines[0]).toMatchObject({ conversationId: 'c-42', msg: 'turn' });
  });
});

describe('the log allowlist', () => {
  it('keeps ids, codes and counts at any depth and drops everything else', () => {
    const capture = capturingLogger();
    const { logger, raw } = capture;
    logger.warn(
      {
        conversationId: 'c-1',
        bookingIds: ['b-1', 'b-2'],
        turnCount: 3,
        dialogStack: [{ id: 'main', state: { values: { phone: { e164: '+447700900987' } } } }],
        nested: { deeper: { deepest: { text: 'I feel lonely', code: 'X' } } },
        from: { id: 'u-1', name: 'Ada Lovelace' },
      },
      'something happened',
    );
    expect(capture.lines[0]).toMatchObject({
      conversationId: 'c-1',
      bookingIds: ['b-1', 'b-2'],
      turnCount: 3,
      from: { id: 'u-1' },
      msg: 'something happened',
    });
    for (const secret of ['+447700900987', 'lonely', 'Ada', 'dialogStack', 'nested']) {
      expect(raw()).not.toContain(secret);
    }
  });

  it('writes an error as its class, code and stack frames, never its message or fields', () => {
    const capture = capturingLogger();
    const { logger, raw } = capture;
    const cause = Object.assign(new TypeError('cannot read "943 476 5919"'), { code: 'E_PARSE' });
    const err = Object.assign(new Error('failed on "my wife died"\n    at home alone since March'), {
      request: { body: { text: 'my wife died' } },
      cause,
    });
    logger.error({ err }, 'turn failed');
    expect(capture.lines[0]).toMatchObject({
      err: { type: 'Error', frames: expect.any(Array), cause: { type: 'TypeError', code: 'E_PARSE' } },
    });
    for (const secret of ['wife', '943 476 5919', 'home alone', 'request'])
      expect(raw()).not.toContain(secret);
  });

  it('cannot be made to write a second line by a control character in an id', () => {
    const { logger, raw } = capturingLogger();
    logger.info({ conversationId: 'c-1\n{"level":60,"msg":"forged"}' }, 'turn');
    expect(raw().trim().split('\n')).toHaveLength(1);
  });
});
