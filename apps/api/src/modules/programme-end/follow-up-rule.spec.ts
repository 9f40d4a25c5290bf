import { followUpFrom, followUpIssues } from './follow-up-rule';

describe('follow-up dates', () => {
  it.each([
    // end date, 6 months from, 12 months from
    ['2025-01-31', '2025-07-31', '2026-01-31'],
    ['2024-08-31', '2025-02-28', '2025-08-31'], // month end clamped (February)
    ['2023-08-29', '2024-02-29', '2024-08-29'], // leap day exists
    ['2025-06-15', '2025-12-15', '2026-06-15'],
  ])('ended %s: 6 months from %s, 12 months from %s', (end, six, twelve) => {
    expect(followUpFrom(end, 'followUp6Status')).toBe(six);
    expect(followUpFrom(end, 'followUp12Status')).toBe(twelve);
  });

  it.each([
    ['followUp6Status', '2025-07-30', ['followUp6Status']],
    ['followUp6Status', '2025-07-31', []],
    ['followUp12Status', '2026-01-30', ['followUp12Status']],
    ['followUp12Status', '2026-01-31', []],
  ] as const)('%s on %s (end 2025-01-31) → issues on %j', (field, today, paths) => {
    expect(followUpIssues({ [field]: 'OTHER' }, '2025-01-31', today).map((i) => i.path)).toEqual(paths);
  });

  it('allows clearing a follow-up at any time, and names each field set without an end date', () => {
    expect(followUpIssues({ followUp6Status: null, followUp12Status: null }, '2025-01-31', '2025-02-01')).toEqual([]);
    expect(
      followUpIssues({ followUp6Status: 'OTHER', followUp12Status: 'MOVED' }, null, '2030-01-01').map((i) => i.path),
    ).toEqual(['followUp6Status', 'followUp12Status']);
  });
});
