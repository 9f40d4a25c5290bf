import {
  ApiErrorBodySchema,
  CommonErrorCode,
  PaymentErrorCode,
  PaymentRunDetailSchema,
  PaymentRunListSchema,
  type Role,
} from '@ankomst/contracts';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createMunicipality, createPerson, createUser, signIn, type SignedInClient } from '../support/factories';
import { apiClient, apiPath, startTestApp, type TestApp } from '../support/test-app';

/**
 * Payment runs: prepared by one person, approved by another (never the preparer), then locked; two approvers
 * at once give one success and one 409; corrections go into a later run with only the differences; the payroll
 * files carry what was approved.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const MONTH = '2025-06'; // G = 130 160 from 1 May 2025: 2G a year is 260 320, a full month 21 693,33
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const code = (res: { body: unknown }) => ApiErrorBodySchema.parse(res.body).code;

async function startProgramme(municipalityId: string, personId: string, startDate = '2025-01-06') {
  return app.prisma.programme.create({
    data: {
      municipalityId,
      personId,
      derivedRegime: 'INTEGRERINGSLOVEN',
      evaluation: {},
      evaluatedOn: day(startDate),
      status: 'ACTIVE',
      startDate: day(startDate),
    },
  });
}

/** A municipality with two participants in the programme, a preparer, a second consultant, a manager, and signed-in clients. */
async function setup() {
  const kommune = await createMunicipality(app.prisma);
  const user = (roles: Role[]) => createUser(app.prisma, kommune.id, { roles });
  const [preparer, consultant2, manager] = await Promise.all([
    user(['CONSULTANT']),
    user(['CONSULTANT']),
    user(['MANAGER']),
  ]);
  const amina = await createPerson(app.prisma, kommune.id, {
    firstName: 'Amina',
    lastName: 'Haddad',
    birthDate: '1990-03-04',
  });
  const omar = await createPerson(app.prisma, kommune.id, {
    firstName: 'Omar',
    lastName: 'Ali',
    birthDate: '1985-11-30',
  });
  const [p1, p2] = [await startProgramme(kommune.id, amina.id), await startProgramme(kommune.id, omar.id)];
  const [asPreparer, asConsultant2, asManager] = await Promise.all([
    signIn(app, preparer.email, preparer.password),
    signIn(app, consultant2.email, consultant2.password),
    signIn(app, manager.email, manager.password),
  ]);
  return { kommune, preparer, consultant2, manager, amina, omar, p1, p2, asPreparer, asConsultant2, asManager };
}

async function prepare(client: SignedInClient, month = MONTH) {
  const res = await client.post('/payment-runs', { month }).expect(201);
  return PaymentRunDetailSchema.parse(res.body);
}

function download(client: SignedInClient, path: string) {
  return client.agent
    .get(apiPath(path))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

describe('preparing a run', () => {
  it('snapshots every participant in the programme that month, with gross, deductions, offsets, net and the decision flag', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    expect(run).toMatchObject({
      month: MONTH,
      sequence: 1,
      status: 'PREPARED',
      preparedBy: { id: s.preparer.id },
      approvedBy: null,
    });
    expect(run.lines.map((l) => l.lastName)).toEqual(['Ali', 'Haddad']);
    for (const line of run.lines)
      expect(line).toMatchObject({
        gross: 21693.33,
        deductions: 0,
        offsets: 0,
        net: 21693.33,
        decisionRequired: false,
      });
    expect(run.totals).toMatchObject({ lines: 2, gross: 43386.66, net: 43386.66 });
  });

  it('refuses a second run for the month while one waits for approval', async () => {
    const s = await setup();
    await prepare(s.asPreparer);
    const res = await s.asConsultant2.post('/payment-runs', { month: MONTH }).expect(409);
    expect(code(res)).toBe(PaymentErrorCode.PENDING_RUN_EXISTS);
  });

  it('names the field when the month is not a month', async () => {
    const s = await setup();
    const res = await s.asPreparer.post('/payment-runs', { month: '2025-13' }).expect(400);
    expect(ApiErrorBodySchema.parse(res.body).issues?.map((i) => i.path)).toEqual(['month']);
  });
});

describe('approval', () => {
  it('the preparer can never approve their own run', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    const res = await s.asPreparer.post(`/payment-runs/${run.id}/approve`, { version: run.version }).expect(403);
    expect(code(res)).toBe(PaymentErrorCode.SELF_APPROVAL);
    expect(res.body.message).toMatch(/someone else/);
    expect((await app.prisma.paymentRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('PREPARED');
  });

  it('another consultant or a manager approves it, and then it is locked', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    const res = await s.asManager.post(`/payment-runs/${run.id}/approve`, { version: run.version }).expect(200);
    const approved = PaymentRunDetailSchema.parse(res.body);
    expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: { id: s.manager.id, name: s.manager.name } });
    const again = await s.asConsultant2
      .post(`/payment-runs/${run.id}/approve`, { version: approved.version })
      .expect(409);
    expect(code(again)).toBe(PaymentErrorCode.ALREADY_APPROVED);
    const discard = await s.asPreparer.delete(`/payment-runs/${run.id}?version=${approved.version}`).expect(409);
    expect(code(discard)).toBe(PaymentErrorCode.LOCKED);
    expect(await app.prisma.paymentLine.count({ where: { runId: run.id } })).toBe(2);
  });

  it('two approvers at the same moment: exactly one succeeds, the other is told it was already approved', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    const [a, b] = await Promise.all([
      s.asConsultant2.post(`/payment-runs/${run.id}/approve`, { version: run.version }),
      s.asManager.post(`/payment-runs/${run.id}/approve`, { version: run.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? s.consultant2 : s.manager;
    expect(code(loser)).toBe(PaymentErrorCode.ALREADY_APPROVED);
    expect(loser.body.message).toContain(winner.name);
    const stored = await app.prisma.paymentRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(stored).toMatchObject({ status: 'APPROVED', approvedById: winner.id, version: run.version + 1 });
  });

  it('a stale version is a conflict, not an approval', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    const res = await s.asManager.post(`/payment-runs/${run.id}/approve`, { version: run.version + 5 }).expect(409);
    expect(code(res)).toBe(CommonErrorCode.STALE_VERSION);
  });

  it('a prepared run can be discarded by a preparer; then the month can be prepared again', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    await s.asConsultant2.delete(`/payment-runs/${run.id}?version=${run.version}`).expect(204);
    const again = await prepare(s.asPreparer);
    expect(again.sequence).toBe(1);
  });
});

describe('corrections', () => {
  it('go into a new run for the month holding only the differences; the approved run is unchanged', async () => {
    const s = await setup();
    const first = await prepare(s.asPreparer);
    await s.asManager.post(`/payment-runs/${first.id}/approve`, { version: first.version }).expect(200);

    // Nothing changed: no correction run.
    const none = await s.asPreparer.post('/payment-runs', { month: MONTH }).expect(409);
    expect(code(none)).toBe(PaymentErrorCode.NO_DIFFERENCES);

    // Omar had a day of unauthorised absence that was registered late: 7,5 hours.
    await s.asPreparer
      .post(`/persons/${s.omar.id}/attendance`, {
        from: '2025-06-10',
        plannedHours: 7.5,
        presentHours: 0,
        absenceKind: 'UNAUTHORISED',
      })
      .expect(201);
    const correction = await prepare(s.asPreparer);
    expect(correction.sequence).toBe(2);
    expect(correction.lines).toHaveLength(1);
    // 7,5 h × 260 320 / 1850 = 1 055,35
    expect(correction.lines[0]).toMatchObject({
      lastName: 'Ali',
      gross: 0,
      deductions: 1055.35,
      offsets: 0,
      net: -1055.35,
    });

    const firstAgain = PaymentRunDetailSchema.parse(
      (await s.asManager.get(`/payment-runs/${first.id}`).expect(200)).body,
    );
    expect(firstAgain.lines.find((l) => l.lastName === 'Ali')).toMatchObject({ net: 21693.33, deductions: 0 });
    expect(firstAgain.status).toBe('APPROVED');

    const list = PaymentRunListSchema.parse((await s.asManager.get(`/payment-runs?month=${MONTH}`).expect(200)).body);
    expect(list.items.map((r) => [r.sequence, r.status])).toEqual([
      [2, 'PREPARED'],
      [1, 'APPROVED'],
    ]);
  });

  it('reverse a programme that is no longer due that month', async () => {
    const s = await setup();
    const first = await prepare(s.asPreparer);
    await s.asConsultant2.post(`/payment-runs/${first.id}/approve`, { version: first.version }).expect(200);
    await app.prisma.programme.update({ where: { id: s.p2.id }, data: { endDate: day('2025-05-31') } });
    const correction = await prepare(s.asPreparer);
    expect(correction.lines).toEqual([expect.objectContaining({ lastName: 'Ali', gross: -21693.33, net: -21693.33 })]);
  });
});

describe('payroll export', () => {
  it('CSV: UTF-8 with BOM, semicolons, Norwegian headers, decimal comma; totals match the run', async () => {
    const s = await setup();
    await app.prisma.externalBenefit.create({
      data: {
        municipalityId: s.kommune.id,
        personId: s.amina.id,
        month: day('2025-06-01'),
        kind: 'SICKNESS_BENEFIT',
        amount: 1500,
      },
    });
    const run = await prepare(s.asPreparer);
    const approved = PaymentRunDetailSchema.parse(
      (await s.asManager.post(`/payment-runs/${run.id}/approve`, { version: run.version }).expect(200)).body,
    );

    const res = await download(s.asManager, `/payment-runs/${run.id}/export/csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="introduksjonsstonad-${MONTH}-kjoring-1.csv"`,
    );
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(header).toBe('Etternavn;Fornavn;Fødselsdato;Måned;Kjøring;Brutto;Trekk;Samordning;Netto;Vedtak kreves');
    const cells = rows.map((r) => r.split(';'));
    expect(cells.map((c) => c.slice(0, 5))).toEqual([
      ['Ali', 'Omar', '30.11.1985', MONTH, '1'],
      ['Haddad', 'Amina', '04.03.1990', MONTH, '1'],
    ]);
    expect(cells[1]!.slice(5)).toEqual(['21693,33', '0,00', '1500,00', '20193,33', 'Nei']);
    const number = (s: string) => Number(s.replace(',', '.'));
    const sum = (col: number) => Math.round(cells.reduce((n, c) => n + number(c[col]!) * 100, 0)) / 100;
    expect({ gross: sum(5), deductions: sum(6), offsets: sum(7), net: sum(8) }).toEqual({
      gross: approved.totals.gross,
      deductions: approved.totals.deductions,
      offsets: approved.totals.offsets,
      net: approved.totals.net,
    });

    const events = await app.prisma.auditEvent.findMany({ where: { municipalityId: s.kommune.id, action: 'EXPORT' } });
    expect(
      events
        .map((e) => e.personId)
        .filter(Boolean)
        .sort(),
    ).toEqual([s.amina.id, s.omar.id].sort());
  });

  it('XLSX: the same rows as numbers; totals match the run', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    const approved = PaymentRunDetailSchema.parse(
      (await s.asConsultant2.post(`/payment-runs/${run.id}/approve`, { version: run.version }).expect(200)).body,
    );
    const res = await download(s.asPreparer, `/payment-runs/${run.id}/export/xlsx`).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('.xlsx"');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as the older Buffer shape.
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Utbetaling')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Etternavn',
      'Fornavn',
      'Fødselsdato',
      'Måned',
      'Kjøring',
      'Brutto',
      'Trekk',
      'Samordning',
      'Netto',
      'Vedtak kreves',
    ]);
    const rows = [2, 3].map((n) => sheet.getRow(n));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(['Ali', 'Haddad']);
    expect((rows[1]!.getCell(3).value as Date).toISOString().slice(0, 10)).toBe('1990-03-04');
    const net = rows.reduce((n, r) => n + Math.round(Number(r.getCell(9).value) * 100), 0) / 100;
    expect(net).toBe(approved.totals.net);
    expect(sheet.rowCount).toBe(3);
  });

  it('only an approved run goes to payroll', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    const res = await s.asPreparer.get(`/payment-runs/${run.id}/export/csv`).expect(409);
    expect(code(res)).toBe(PaymentErrorCode.NOT_APPROVED);
  });
});

describe('access', () => {
  it('anonymous gets 401', async () => {
    await request(app.url).get(apiPath('/payment-runs')).expect(401);
    const anonymous = await apiClient(app);
    await anonymous.post('/payment-runs', { month: MONTH }).expect(401);
    await anonymous
      .post(`/payment-runs/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/approve`, { version: 0 })
      .expect(401);
  });

  it.each<[Role, number, number]>([
    ['TEACHER', 403, 403],
    ['NAV_ADVISER', 403, 403],
    ['ADMIN', 403, 403],
    ['MANAGER', 200, 403],
  ])('%s: list %i, prepare %i', async (role, list, prep) => {
    const s = await setup();
    const u = await createUser(app.prisma, s.kommune.id, { roles: [role] });
    const client = await signIn(app, u.email, u.password);
    await client.get('/payment-runs').expect(list);
    await client.post('/payment-runs', { month: MONTH }).expect(prep);
  });

  it('teachers and Nav advisers cannot approve or export', async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    for (const role of ['TEACHER', 'NAV_ADVISER'] as Role[]) {
      const u = await createUser(app.prisma, s.kommune.id, { roles: [role] });
      const client = await signIn(app, u.email, u.password);
      await client.post(`/payment-runs/${run.id}/approve`, { version: run.version }).expect(403);
      await client.get(`/payment-runs/${run.id}/export/csv`).expect(403);
    }
  });

  it("another municipality's consultant and manager get 404 for the run and cannot approve it", async () => {
    const s = await setup();
    const run = await prepare(s.asPreparer);
    const other = await createMunicipality(app.prisma);
    const u = await createUser(app.prisma, other.id, { roles: ['CONSULTANT', 'MANAGER'] });
    const client = await signIn(app, u.email, u.password);
    expect(code(await client.get(`/payment-runs/${run.id}`).expect(404))).toBe(PaymentErrorCode.RUN_NOT_FOUND);
    await client.post(`/payment-runs/${run.id}/approve`, { version: run.version }).expect(404);
    await client.get(`/payment-runs/${run.id}/export/csv`).expect(404);
    expect(PaymentRunListSchema.parse((await client.get('/payment-runs').expect(200)).body).items).toEqual([]);
    expect((await app.prisma.paymentRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('PREPARED');
  });
});
