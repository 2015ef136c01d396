import type { TravelPreference } from '../../../src/domain/needs/preferences';
import { NOT_FAR_MILES, WALKING_DISTANCE_MILES, parseTravel } from '../../../src/understanding/parseTravel';

describe('parseTravel', () => {
  it.each<[string, TravelPreference]>([
    ['LS6 3QW', { district: 'LS6' }],
    ['ls63qw', { district: 'LS6' }],
    ["I'm in LS6", { district: 'LS6' }],
    ['EC1A 1BB', { district: 'EC1A' }],
    ['online only', { remoteOnly: 'online' }],
    ['phone only', { remoteOnly: 'phone' }],
    ['online or phone', { remoteOnly: 'either' }],
    ['video call', { remoteOnly: 'online' }],
    ["I can't leave the house", { remoteOnly: 'either' }],
    ["can't travel far", { maxMiles: NOT_FAR_MILES }],
    ['walking distance', { maxMiles: WALKING_DISTANCE_MILES }],
    ['up to 5 miles', { maxMiles: 5 }],
    ['five miles', { maxMiles: 5 }],
    ['3km', { maxMiles: 1.9 }],
    ['half a mile', { maxMiles: 0.5 }],
    ['15 minutes walk', { maxMiles: 0.8 }],
    ['no more than 10 miles from S10', { district: 'S10', maxMiles: 10 }],
    ['M1 1AE but online is fine too', { district: 'M1', remoteOk: 'online' }],
    ['anywhere, I drive', {}],
    ['i get the bus, no car since the op', {}],
    ['public transport from LS6', { district: 'LS6' }],
    ["I can't get the bus any more", { remoteOnly: 'either' }],
  ])('%s', (text, expected) => {
    expect(parseTravel({ text, locale: 'en-GB' })).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['QQ1 1AA', 'invalidPostcode'],
    ['LS6 3CQ', 'invalidPostcode'],
    ['XY1', 'invalidPostcode'],
    ['banana', 'notUnderstood'],
  ])('%s → not ok (%s)', (text, reason) => {
    expect(parseTravel({ text, locale: 'en-GB' })).toEqual({ ok: false, reason });
  });

  it.each([['skip'], ['not sure'], ['pass']])('%s → skip', (text) => {
    expect(parseTravel({ text })).toEqual({ kind: 'skip' });
  });
});
