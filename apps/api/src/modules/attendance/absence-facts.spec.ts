import { absenceFacts, careFacts } from './absence-facts';

describe('careFacts: recorded facts win, the household fills in the count, the rest is assumed', () => {
  it.each([
    ['nothing recorded: the household’s children, assumed', null, 2, [2, false, false, false]],
    [
      'recorded with a number: the number wins',
      { childrenUnder12: 3, soleCarer: true, chronicallyIllChild: false },
      1,
      [3, true, false, true],
    ],
    [
      'recorded without a number: the household’s',
      { childrenUnder12: null, soleCarer: false, chronicallyIllChild: true },
      1,
      [1, false, true, true],
    ],
    [
      'recorded zero children stays zero',
      { childrenUnder12: 0, soleCarer: false, chronicallyIllChild: false },
      2,
      [0, false, false, true],
    ],
  ] as const)(
    '%s',
    (_name, recorded, inHousehold, [numberOfChildren, soleCarer, chronicallyIllChild, careFactsRecorded]) => {
      expect(careFacts(recorded, inHousehold)).toEqual({
        numberOfChildren,
        soleCarer,
        chronicallyIllChild,
        careFactsRecorded,
      });
    },
  );

  it('absenceFacts adds the programme and assumes the defaults when no care facts were gathered', () => {
    expect(absenceFacts({ regime: 'INTEGRERINGSLOVEN', programmeStart: '2025-01-06' }, undefined)).toEqual({
      regime: 'INTEGRERINGSLOVEN',
      programmeStart: '2025-01-06',
      numberOfChildren: 0,
      soleCarer: false,
      chronicallyIllChild: false,
      careFactsRecorded: false,
    });
  });
});
