import type { DetectedInterest, DetectedNeed } from '../../../src/domain/needs/detection';
import { SAY_BACK_LIMIT, needsToSayBack } from '../../../src/domain/needs/sayBack';
import type { InterestId, NeedId } from '../../../src/domain/needs/taxonomy';

const need = (id: NeedId, salience: number, start: number): DetectedNeed => ({
  id,
  evidence: [{ start, end: start + 1, text: 'x' }],
  salience,
  emphasised: false,
  confidence: 0.9,
  source: 'rules',
});
const interest = (id: InterestId): DetectedInterest => ({
  id,
  evidence: [],
  salience: 1,
  confidence: 0.9,
  source: 'rules',
});

describe('needsToSayBack', () => {
  it.each<[string, DetectedNeed[], DetectedInterest[], NeedId[]]>([
    ['nothing detected', [], [], []],
    ['most salient first', [need('money', 1, 0), need('loneliness', 3, 10)], [], ['loneliness', 'money']],
    ['ties keep the order spoken', [need('housing', 1, 20), need('money', 1, 5)], [], ['money', 'housing']],
    [
      'at most four',
      [
        need('money', 1, 0),
        need('housing', 1, 1),
        need('caring', 1, 2),
        need('lowMood', 1, 3),
        need('transport', 1, 4),
      ],
      [],
      ['money', 'housing', 'caring', 'lowMood'],
    ],
    [
      'safeguarding first and never cut',
      [
        need('money', 5, 0),
        need('housing', 4, 1),
        need('caring', 3, 2),
        need('lowMood', 2, 3),
        need('domesticAbuse', 1, 40),
      ],
      [],
      ['domesticAbuse', 'money', 'housing', 'caring'],
    ],
    [
      'a related interest breaks a tie',
      [need('money', 1, 0), need('loneliness', 1, 9)],
      [interest('social')],
      ['loneliness', 'money'],
    ],
    ['an interest adds no need', [need('money', 1, 0)], [interest('sportAndMovement')], ['money']],
    [
      'repeats are merged',
      [need('money', 1, 30), need('housing', 2, 0), need('money', 2, 10)],
      [],
      ['money', 'housing'],
    ],
  ])('%s', (_name, needs, interests, expected) => {
    expect(needsToSayBack({ needs, interests })).toEqual(expected);
  });

  it('uses a limit of four by default and accepts another', () => {
    expect(SAY_BACK_LIMIT).toBe(4);
    expect(needsToSayBack({ needs: [need('money', 2, 0), need('housing', 1, 1)], limit: 1 })).toEqual([
      'money',
    ]);
  });
});
