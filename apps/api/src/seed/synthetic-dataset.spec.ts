import { parseSeedArgs } from '../cli/seed';
import { expectedLevel, handoverNote, languageProfile } from './case-history';
import { workOrEducationProbability } from './outcome-model';
import { Prng } from './prng';
import { municipalitySizes } from './synthetic-dataset';

describe('synthetic data generator', () => {
  it('gives the same sequence, ids included, for the same seed and a different one for another seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const seqA = [a.uuid(), a.next(), a.int(1, 6)];
    expect([b.uuid(), b.next(), b.int(1, 6)]).toEqual(seqA);
    expect(new Prng(43).uuid()).not.toEqual(seqA[0]);
    expect(seqA[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('splits persons over municipalities with the demo municipality the largest and nobody lost', () => {
    const sizes = municipalitySizes(300_000, 60);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(300_000);
    expect(sizes[0]).toBe(Math.max(...sizes));
    expect(municipalitySizes(300, 1)).toEqual([300]);
  });

  it('reads --persons, --seed, --municipalities and --reference-date, naming a bad argument', () => {
    expect(parseSeedArgs([], '2026-11-26')).toEqual({
      persons: 1000,
      seed: 1,
      municipalities: 1,
      referenceDate: '2026-11-26',
    });
    expect(
      parseSeedArgs(
        ['--persons', '300000', '--seed', '7', '--municipalities', '60', '--reference-date', '2026-01-31'],
        'x',
      ),
    ).toEqual({ persons: 300_000, seed: 7, municipalities: 60, referenceDate: '2026-01-31' });
    expect(() => parseSeedArgs(['--persons', 'many'], '2026-11-26')).toThrow('--persons: must be a whole number');
    expect(() => parseSeedArgs(['--reference-date', '2026-02-30'], '2026-11-26')).toThrow('--reference-date');
    expect(() => parseSeedArgs(['--people', '3'], '2026-11-26')).toThrow('--people: unknown argument');
  });

  it('follows the report curves: asylum men ≈ 78 % by botid 4, family men ≈ 50 % at botid 1, women still rising at 5–6', () => {
    const man = { female: false, ageAtArrival: 30, children: 0, partner: false, nus: 3, cohort: 2012 } as const;
    expect(workOrEducationProbability({ ...man, category: 'ASYLUM' }, 4, 0)).toBeCloseTo(0.78, 1);
    expect(workOrEducationProbability({ ...man, category: 'FAMILY_REUNIFICATION' }, 1, 0)).toBeCloseTo(0.5, 1);
    const woman = { ...man, female: true, category: 'ASYLUM' as const };
    const p5 = workOrEducationProbability(woman, 5, 0);
    expect(p5).toBeGreaterThan(0.45);
    expect(p5).toBeLessThan(0.62);
    expect(workOrEducationProbability(woman, 7, 0)).toBeGreaterThan(p5);
    expect(workOrEducationProbability({ ...man, category: 'ASYLUM', ageAtArrival: 55 }, 4, 0)).toBeLessThan(0.4);
  });

  it('raises Norwegian levels with time in the programme, faster with more education, writing behind speaking', () => {
    const rng = new Prng(5);
    const none = languageProfile(rng, 0, false);
    const university = languageProfile(rng, 6, false);
    expect(expectedLevel(none, 'ORAL', 0)).toBeLessThanOrEqual(1);
    expect(expectedLevel(university, 'ORAL', 24)).toBeGreaterThanOrEqual(3);
    expect(expectedLevel(university, 'ORAL', 24)).toBeGreaterThan(expectedLevel(none, 'ORAL', 24));
    expect(expectedLevel(university, 'WRITING', 12)).toBeLessThanOrEqual(expectedLevel(university, 'LISTENING', 12));
    for (const months of [0, 6, 12, 24])
      expect(expectedLevel(none, 'READING', months + 6)).toBeGreaterThanOrEqual(expectedLevel(none, 'READING', months));
  });

  it("writes the handover note from the participant's facts: goal, level against the target, work practice", () => {
    const note = handoverNote(new Prng(3), {
      goal: 'WORK',
      level: 'A2',
      target: 'B1',
      nus: 3,
      practice: 'Sykehjemmet',
      practiceMonths: 6,
      monthsLeft: 1,
    });
    expect(note.goalStatus).toContain('Sluttmål: arbeid.');
    expect(note.goalStatus).toContain('Norsknivå ved siste vurdering: A2 (mål i planen: B1).');
    expect(note.goalStatus).toContain('om lag én måned');
    expect(note.workPracticeResults).toContain('Arbeidspraksis hos Sykehjemmet i 6 måneder');
    expect(note.recommendedMeasures).toMatch(/Arbeidsrettet oppfølging fra Nav/);
    const school = handoverNote(new Prng(3), {
      goal: 'COMPLETE_UPPER_SECONDARY',
      level: 'A1',
      target: 'B1',
      nus: null,
      practice: null,
      practiceMonths: 1,
      monthsLeft: 0,
    });
    expect(school.goalStatus).toContain('Målet nås neppe');
    expect(school.workExperience).toContain('ikke kartlagt');
    expect(school.workPracticeResults).toContain('Ingen arbeidspraksis');
    expect(school.recommendedMeasures).toContain('videregående opplæring for voksne');
  });
});
