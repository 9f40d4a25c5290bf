import { differences } from './payments.service';

const line = (
  programmeId: string,
  net: number,
  extra: Partial<{ gross: number; deductions: number; offsets: number; decisionRequired: boolean }> = {},
) => ({
  personId: `person-${programmeId}`,
  programmeId,
  gross: extra.gross ?? net,
  deductions: extra.deductions ?? 0,
  offsets: extra.offsets ?? 0,
  net,
  decisionRequired: extra.decisionRequired ?? false,
  calculation: {},
});

describe('differences (a correction run holds only what changed since the approved runs)', () => {
  it('leaves out unchanged programmes and keeps exact øre', () => {
    const result = differences(
      [line('a', 21693.33), line('b', 20637.98, { gross: 21693.33, deductions: 1055.35 })],
      [line('a', 21693.33), line('b', 21693.33)],
    );
    expect(result).toEqual([
      expect.objectContaining({ programmeId: 'b', gross: 0, deductions: 1055.35, net: -1055.35 }),
    ]);
  });

  it('sums several approved runs before comparing', () => {
    const approved = [line('a', 21693.33), line('a', -1055.35, { gross: 0, deductions: 1055.35 })];
    expect(differences([line('a', 20637.98, { gross: 21693.33, deductions: 1055.35 })], approved)).toEqual([]);
  });

  it('adds a programme that was not paid and reverses one no longer due', () => {
    const result = differences([line('new', 100)], [line('gone', 300)]);
    expect(result.map((l) => [l.programmeId, l.net])).toEqual([
      ['new', 100],
      ['gone', -300],
    ]);
  });

  it('a changed decision flag alone is a difference', () => {
    expect(differences([line('a', 10, { decisionRequired: true })], [line('a', 10)])).toHaveLength(1);
  });
});
