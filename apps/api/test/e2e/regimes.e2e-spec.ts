import { ApiErrorBodySchema, CommonErrorCode, RegimeEvaluationSchema, ROLES } from '@ankomst/contracts';
import { evaluate, parseCaseFacts } from '@ankomst/regimes';
import { createMunicipality, createUser, signIn } from '../support/factories';
import { apiClient, startTestApp, type TestApp } from '../support/test-app';

/** POST /regimes/evaluate: the rules engine over HTTP, validated by the engine's own parser. */
let app: TestApp;
let municipalityId: string;

beforeAll(async () => {
  app = await startTestApp();
  municipalityId = (await createMunicipality(app.prisma)).id;
});
afterAll(() => app?.close());

const quotaRefugee = {
  asOf: '2021-03-01',
  birthDate: '1990-03-01',
  permitBasis: 'RESETTLEMENT',
  permitGrantedDate: '2020-11-15',
  arrivalDate: '2021-02-01',
  settlementDate: '2021-02-01',
  settledByAgreement: true,
  hasUpperSecondaryEducation: false,
  livesWithParents: false,
  hasChildrenUnder18: true,
};

async function clientFor(role: (typeof ROLES)[number]) {
  const user = await createUser(app.prisma, municipalityId, { roles: [role] });
  return signIn(app, user.email, user.password);
}

describe('POST /regimes/evaluate', () => {
  it.each(ROLES)('%s may evaluate and gets the engine output unchanged', async (role) => {
    const client = await clientFor(role);
    const res = await client.post('/regimes/evaluate', quotaRefugee).expect(200);
    const parsed = parseCaseFacts(quotaRefugee);
    if (!parsed.ok) throw new Error('fixture must be valid');
    expect(res.body).toEqual(JSON.parse(JSON.stringify(evaluate(parsed.facts))));
    const body = RegimeEvaluationSchema.parse(res.body);
    // Permit granted abroad in 2020, arrival in 2021: the new act applies (SEL-2).
    expect(body.regime).toBe('INTEGRERINGSLOVEN');
    expect(body.rules.map((r) => r.id)).toContain('SEL-2');
    expect(body.programme.right).toBe(true);
  });

  it('takes an optional regimeOverride: the conclusions follow it and the derived regime is still named', async () => {
    const client = await clientFor('CONSULTANT');
    const plain = RegimeEvaluationSchema.parse((await client.post('/regimes/evaluate', quotaRefugee).expect(200)).body);
    const overridden = RegimeEvaluationSchema.parse(
      (await client.post('/regimes/evaluate', { ...quotaRefugee, regimeOverride: 'INTRODUKSJONSLOVEN' }).expect(200))
        .body,
    );
    expect(plain).toMatchObject({ regime: 'INTEGRERINGSLOVEN', derivedRegime: 'INTEGRERINGSLOVEN' });
    expect(plain.parentalGuidanceRequired).toBe(true);
    expect(overridden).toMatchObject({ regime: 'INTRODUKSJONSLOVEN', derivedRegime: 'INTEGRERINGSLOVEN' });
    expect(overridden.parentalGuidanceRequired).toBe(false); // not mandatory under introduksjonsloven
    expect(overridden.rules[0]?.id).toBe('SEL-OVERRIDE');
    const bad = await client.post('/regimes/evaluate', { ...quotaRefugee, regimeOverride: 'GAMMEL' }).expect(400);
    expect(ApiErrorBodySchema.parse(bad.body).issues?.map((i) => i.path)).toEqual(['regimeOverride']);
  });

  it('anonymous gets 401', async () => {
    const anonymous = await apiClient(app);
    await anonymous.post('/regimes/evaluate', quotaRefugee).expect(401);
  });

  it('names each bad field in issues (missing, wrong type, unknown, cross-field)', async () => {
    const client = await clientFor('CONSULTANT');
    const { birthDate: _omitted, ...withoutBirthDate } = quotaRefugee;
    const res = await client
      .post('/regimes/evaluate', {
        ...withoutBirthDate,
        permitBasis: 'TOURIST',
        settledByAgreement: 'yes',
        settlementDat: '2021-02-01',
      })
      .expect(400);
    const error = ApiErrorBodySchema.parse(res.body);
    expect(error.code).toBe(CommonErrorCode.VALIDATION_FAILED);
    const byPath = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i]));
    expect(Object.keys(byPath).sort()).toEqual(['birthDate', 'permitBasis', 'settledByAgreement', 'settlementDat']);
    expect(byPath.birthDate?.code).toBe('invalid_type');
    expect(byPath.settlementDat?.code).toBe('unrecognized_keys');
    expect(byPath.permitBasis?.message).toMatch(/must be one of/);

    const crossField = await client
      .post('/regimes/evaluate', { ...quotaRefugee, settlementDate: '2021-01-01' })
      .expect(400);
    expect(ApiErrorBodySchema.parse(crossField.body).issues).toEqual([
      { path: 'settlementDate', code: 'invalid_value', message: 'must not be before arrivalDate' },
    ]);
  });

  it('rejects a body that is not an object', async () => {
    const client = await clientFor('CONSULTANT');
    const res = await client.post('/regimes/evaluate', [1, 2]).expect(400);
    expect(ApiErrorBodySchema.parse(res.body).issues?.[0]?.message).toBe('must be a JSON object');
  });

  it('evaluates the three regimes at their boundaries', async () => {
    const client = await clientFor('MANAGER');
    const cases = [
      {
        permitBasis: 'ASYLUM',
        permitGrantedDate: '2020-12-31',
        arrivalDate: '2019-06-01',
        expected: 'INTRODUKSJONSLOVEN',
      },
      {
        permitBasis: 'ASYLUM',
        permitGrantedDate: '2021-01-01',
        arrivalDate: '2019-06-01',
        expected: 'INTEGRERINGSLOVEN',
      },
      {
        permitBasis: 'COLLECTIVE_PROTECTION',
        permitGrantedDate: '2022-03-11',
        arrivalDate: '2022-03-05',
        expected: 'INTEGRERINGSLOVEN_KAP6A',
      },
    ];
    for (const c of cases) {
      const res = await client
        .post('/regimes/evaluate', {
          ...quotaRefugee,
          permitBasis: c.permitBasis,
          permitGrantedDate: c.permitGrantedDate,
          arrivalDate: c.arrivalDate,
          settlementDate: '2022-04-01',
          asOf: '2022-05-01',
        })
        .expect(200);
      expect({ ...c, got: RegimeEvaluationSchema.parse(res.body).regime }).toEqual({ ...c, got: c.expected });
    }
  });
});
