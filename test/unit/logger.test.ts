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
