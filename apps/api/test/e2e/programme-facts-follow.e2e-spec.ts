import { ProgrammeListSchema, ProgrammeSchema, type Programme } from '@ankomst/contracts';
import { ProgrammesRepository } from '../../src/modules/programmes/programmes.repository';
import { createPerson, type SignedInClient, type TestPerson } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { giveResettlementFacts, startWithTriangleCast, type TriangleCast } from '../support/triangle-fixtures';

/**
 * The open programme's conclusions follow the person's and household's facts: a correction on the person (PATCH) or
 * a child added to the household re-derives them in the same transaction, with a version, an audit event and a
 * timeline line when a conclusion changed. A fact the engine needs gone missing keeps the old conclusions, marked;
 * closed programmes are history and stay as they were.
 */
let app: TestApp;
let cast: TriangleCast;
let consultant: SignedInClient;
const TODAY = '2024-01-10';

/** A resettlement refugee granted a permit on 1 Sep 2023 and settled on 30 Nov 2023: integreringsloven. */
async function refugee(birthDate = '1990-05-01'): Promise<TestPerson> {
  const person = await createPerson(app.prisma, cast.municipalityId, { birthDate });
  await giveResettlementFacts(app, person.id);
  return app.prisma.person.update({ where: { id: person.id }, data: { settledByAgreement: true } });
}

async function start(person: TestPerson): Promise<Programme> {
  const res = await consultant
    .post(`/persons/${person.id}/programmes`)
    .send({ endGoal: 'WORK', livesWithParents: false })
    .expect(201);
  return ProgrammeSchema.parse(res.body);
}

async function current(person: TestPerson): Promise<Programme> {
  const list = ProgrammeListSchema.parse((await consultant.get(`/persons/${person.id}/programmes`).expect(200)).body);
  const p = list.items[0];
  if (!p) throw new Error('no programme');
  return p;
}

async function patchPerson(person: TestPerson, body: Record<string, unknown>, expected = 200) {
  const { version } = await app.prisma.person.findUniqueOrThrow({ where: { id: person.id } });
  return consultant.patch(`/persons/${person.id}`, { ...body, version }).expect(expected);
}

/** A household of one, the person as its head, in the given settlement state. */
function householdHeadedBy(person: TestPerson, settlementStatus: 'ARRIVED' | 'SETTLED') {
  return app.prisma.household.create({
    data: {
      municipalityId: cast.municipalityId,
      name: 'Familien Følger',
      settlementStatus,
      members: { create: [{ municipalityId: cast.municipalityId, personId: person.id, relation: 'HEAD' }] },
    },
  });
}

const followEvents = (personId: string) =>
  app.prisma.timelineEvent.findMany({
    where: { personId, kind: { in: ['programme.regimeFollowedFacts', 'programme.conclusionsFollowedFacts'] } },
  });

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ today: TODAY }));
  consultant = cast.as.consultant;
});
afterAll(() => app?.close());

describe('a correction of the person re-derives the open programme', () => {
  it('a permit and arrival before 1 Jan 2021: introduksjonsloven, its deadlines, a new version, audit and timeline', async () => {
    const person = await refugee();
    const before = await start(person);
    expect(before.regime).toBe('INTEGRERINGSLOVEN');

    await patchPerson(person, { permitGrantedDate: '2020-06-01', arrivalDate: '2020-08-01' });

    const after = await current(person);
    expect(after).toMatchObject({
      regime: 'INTRODUKSJONSLOVEN',
      derivedRegime: 'INTRODUKSJONSLOVEN',
      version: before.version + 1,
    });
    expect(after.evaluation.facts).toMatchObject({ permitGrantedDate: '2020-06-01', arrivalDate: '2020-08-01' });
    expect(after.evaluation.notUpdated ?? null).toBeNull();
    expect(after.deadlines).not.toEqual(before.deadlines);
    expect(after.evaluation.result.rules.map((r) => r.id)).toContain('SEL-3');
    const events = await followEvents(person.id);
    expect(events.map((e) => [e.kind, e.params])).toEqual([
      ['programme.regimeFollowedFacts', { programmeId: before.id, regime: 'INTRODUKSJONSLOVEN' }],
    ]);
    expect(
      await app.prisma.auditEvent.count({ where: { entityId: before.id, operation: 'programmes.followPersonFacts' } }),
    ).toBe(1);
  });

  it('a birth date making the person 25 before the month: the full benefit instead of two thirds', async () => {
    const person = await refugee('2000-06-01');
    const before = await start(person);
    expect(before.evaluation.result.benefit.fractionOf2G).toBeCloseTo(2 / 3);

    await patchPerson(person, { birthDate: '1998-12-01' });

    const after = await current(person);
    expect(after.evaluation.result.benefit.fractionOf2G).toBe(1);
    expect(after.regime).toBe('INTEGRERINGSLOVEN');
    expect((await followEvents(person.id)).map((e) => e.kind)).toEqual(['programme.conclusionsFollowedFacts']);
  });

  it('under an override the conclusions keep following the override', async () => {
    const person = await refugee('2000-06-01');
    const started = await start(person);
    await consultant
      .post(`/programmes/${started.id}/regime-override`, {
        regime: 'INTRODUKSJONSLOVEN',
        reason: 'Kommunens vedtak',
        version: started.version,
      })
      .expect(200);

    await patchPerson(person, { birthDate: '1998-12-01' });

    const after = await current(person);
    expect(after).toMatchObject({ regime: 'INTRODUKSJONSLOVEN', regimeOverride: 'INTRODUKSJONSLOVEN' });
    expect(after.evaluation.facts).toMatchObject({ birthDate: '1998-12-01', regimeOverride: 'INTRODUKSJONSLOVEN' });
    expect(after.evaluation.result.regime).toBe('INTRODUKSJONSLOVEN');
  });

  it('a change to a field the engine does not read leaves the programme alone', async () => {
    const person = await refugee();
    const before = await start(person);
    await patchPerson(person, { address: 'Ny vei 1' });
    expect((await current(person)).version).toBe(before.version);
  });

  it('leaves a completed programme as it was', async () => {
    const person = await refugee();
    let p = await start(person);
    const post = async (path: string, body: Record<string, unknown>) =>
      (p = ProgrammeSchema.parse(
        (await consultant.post(`/programmes/${p.id}${path}`, { ...body, version: p.version }).expect(200)).body,
      ));
    p = ProgrammeSchema.parse(
      (await consultant.patch(`/programmes/${p.id}`, { decisionDate: '2024-01-05', version: p.version }).expect(200))
        .body,
    );
    await post('/status', { status: 'ACTIVE', date: '2024-01-06' });
    await post('/status', { status: 'COMPLETED', date: '2024-01-09' });

    await patchPerson(person, { permitGrantedDate: '2020-06-01', arrivalDate: '2020-08-01' });

    const after = await current(person);
    expect(after).toMatchObject({ status: 'COMPLETED', regime: 'INTEGRERINGSLOVEN', version: p.version });
    expect(after.evaluation).toEqual(p.evaluation);
    expect(await followEvents(person.id)).toEqual([]);
  });
});

describe('when the engine cannot run on the corrected facts', () => {
  it('saves the person, keeps the previous conclusions marked with the missing fact, and clears the mark later', async () => {
    const person = await refugee();
    const before = await start(person);

    const res = await patchPerson(person, { settlementDate: null });
    expect(res.body).toMatchObject({ settlementDate: null });

    const kept = await current(person);
    expect(kept.version).toBe(before.version + 1);
    expect(kept.evaluation.result).toEqual(before.evaluation.result);
    expect(kept.evaluation.notUpdated).toEqual({ on: TODAY, missing: ['settlementDate'] });
    expect(kept.nextDeadline).toEqual(before.nextDeadline);

    await patchPerson(person, { settlementDate: '2023-12-15' });
    const updated = await current(person);
    expect(updated.evaluation.notUpdated ?? null).toBeNull();
    expect(updated.evaluation.facts).toMatchObject({ settlementDate: '2023-12-15' });
  });

  it('any other failure rolls the whole write back: the person change is not saved', async () => {
    const person = await refugee();
    await start(person);
    const spy = jest
      .spyOn(app.app.get(ProgrammesRepository), 'updateDerived')
      .mockRejectedValueOnce(new Error('simulated failure'));
    try {
      await patchPerson(person, { birthDate: '1998-12-01' }, 500);
    } finally {
      spy.mockRestore();
    }
    const stored = await app.prisma.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.birthDate.toISOString().slice(0, 10)).toBe('1990-05-01');
    expect(await app.prisma.auditEvent.count({ where: { personId: person.id, operation: 'persons.update' } })).toBe(0);
  });
});

describe('household changes', () => {
  it('a child added to the household: children under 18, so parental guidance', async () => {
    const parent = await refugee();
    const household = await householdHeadedBy(parent, 'SETTLED');
    const before = await start(parent);
    expect(before.evaluation.facts).toMatchObject({ hasChildrenUnder18: false });
    const child = await createPerson(app.prisma, cast.municipalityId, { birthDate: '2015-03-01' });

    await consultant
      .post(`/households/${household.id}/members`, {
        personId: child.id,
        relation: 'CHILD',
        version: household.version,
      })
      .expect(201);

    const after = await current(parent);
    expect(after.evaluation.facts).toMatchObject({ hasChildrenUnder18: true });
    expect(after.evaluation.result.parentalGuidanceRequired).toBe(true);
    expect(after.version).toBe(before.version + 1);

    // The child's birth date corrected to an adult's: no child under 18 any more; back, and then the child leaves.
    await patchPerson(child, { birthDate: '2000-03-01' });
    expect((await current(parent)).evaluation.facts).toMatchObject({ hasChildrenUnder18: false });
    await patchPerson(child, { birthDate: '2015-03-01' });
    expect((await current(parent)).evaluation.facts).toMatchObject({ hasChildrenUnder18: true });
    const { version } = await app.prisma.household.findUniqueOrThrow({ where: { id: household.id } });
    await consultant.delete(`/households/${household.id}/members/${child.id}?version=${version}`).expect(200);
    expect((await current(parent)).evaluation.facts).toMatchObject({ hasChildrenUnder18: false });
  });

  it('settling the household dates a member whose settlement date was missing, and the marked conclusions update', async () => {
    const person = await refugee();
    const household = await householdHeadedBy(person, 'ARRIVED');
    await start(person);
    await patchPerson(person, { settlementDate: null });
    expect((await current(person)).evaluation.notUpdated?.missing).toEqual(['settlementDate']);

    await consultant
      .post(`/households/${household.id}/transitions`, {
        to: 'SETTLED',
        effectiveDate: '2024-01-08',
        housingType: 'MUNICIPAL',
        version: household.version,
      })
      .expect(200);

    const after = await current(person);
    expect(after.evaluation.notUpdated ?? null).toBeNull();
    expect(after.evaluation.facts).toMatchObject({ settlementDate: '2024-01-08' });
  });
});
