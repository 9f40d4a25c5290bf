import type { Programme, ProgrammeDeadline } from '@ankomst/contracts';
import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatFraction } from './format';

/** A description list of label/value pairs. */
export function Facts({ facts }: { facts: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="programme-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="programme-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const STATUS_COLOR = {
  PLANNED: 'info',
  ACTIVE: 'success',
  ON_LEAVE: 'warning',
  COMPLETED: 'neutral',
  DISCONTINUED: 'danger',
} as const;

export function ProgrammeStatusTag({ status }: { status: Programme['status'] }) {
  const { t } = useTranslation();
  return <Tag data-color={STATUS_COLOR[status]}>{t(`programmes.status.${status}`)}</Tag>;
}

/** The regime in force (the override next to what the engine derived), status and the programme's dates. */
export function ProgrammeOverview({ programme: p }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => formatDate(d, i18n.language);
  const yesNo = (v: boolean) => t(v ? 'programmes.yes' : 'programmes.no');
  return (
    <div className="stack">
      <Facts
        facts={[
          [
            t('programmes.fields.regime'),
            <span key="regime" className="programme-regime">
              <strong>{t(`programmes.regime.${p.regime}`)}</strong>
              {p.regimeOverride && <Tag data-color="warning">{t('programmes.overridden')}</Tag>}
            </span>,
          ],
          [t('programmes.fields.derivedRegime'), t(`programmes.regime.${p.derivedRegime}`)],
          ...(p.regimeOverride
            ? [[t('programmes.fields.overrideReason'), p.regimeOverrideReason ?? '–'] as const]
            : []),
          [t('programmes.fields.status'), <ProgrammeStatusTag key="status" status={p.status} />],
          [t('programmes.fields.endGoal'), p.endGoal ? t(`programmes.endGoal.${p.endGoal}`) : '–'],
          [t('programmes.fields.claimDate'), date(p.claimDate)],
          [t('programmes.fields.settledByAgreement'), yesNo(p.settledByAgreement)],
          [t('programmes.fields.competenceMappingDate'), date(p.competenceMappingDate)],
          [t('programmes.fields.careerGuidanceDate'), date(p.careerGuidanceDate)],
          [t('programmes.fields.decisionDate'), date(p.decisionDate)],
          [t('programmes.fields.startDate'), date(p.startDate)],
          [t('programmes.fields.plannedEndDate'), date(p.plannedEndDate)],
          [t('programmes.fields.maxEndDate'), date(p.maxEndDate)],
          [t('programmes.fields.absoluteMaxEndDate'), date(p.absoluteMaxEndDate)],
          ...(p.endDate ? [[t('programmes.fields.endDate'), date(p.endDate)] as const] : []),
          [t('programmes.fields.participationPercent'), `${p.participationPercent} %`],
          [t('programmes.fields.consultant'), p.consultant?.name ?? '–'],
          [t('programmes.fields.evaluatedOn'), date(p.evaluatedOn)],
        ]}
      />
      {(p.extensions.length > 0 || p.leaves.length > 0) && (
        <ul className="programme-list">
          {p.extensions.map((e) => (
            <li key={e.id}>
              {t('programmes.extensionLine', { months: e.months, date: date(e.decisionDate), reason: e.reason })}
            </li>
          ))}
          {p.leaves.map((l) => (
            <li key={l.id}>
              {t(l.withBenefit ? 'programmes.leaveLineWithBenefit' : 'programmes.leaveLine', {
                from: date(l.fromDate),
                to: date(l.toDate),
                reason: l.reason,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DeadlineState({ deadline: d }: { deadline: ProgrammeDeadline }) {
  const { t, i18n } = useTranslation();
  if (d.met)
    return (
      <Tag data-color="success">{t('programmes.deadlines.met', { date: formatDate(d.metOn, i18n.language) })}</Tag>
    );
  if (d.overdue) return <Tag data-color="danger">{t('programmes.deadlines.overdue', { count: -d.daysLeft })}</Tag>;
  return (
    <Tag data-color={d.daysLeft <= 14 ? 'warning' : 'neutral'}>
      {d.daysLeft === 0 ? t('programmes.deadlines.today') : t('programmes.deadlines.daysLeft', { count: d.daysLeft })}
    </Tag>
  );
}

/** Every statutory deadline of the programme with the rule it rests on. */
export function ProgrammeDeadlines({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="programme-deadlines-heading" className="stack">
      <Heading level={3} data-size="xs" id="programme-deadlines-heading">
        {t('programmes.deadlines.heading')}
      </Heading>
      {programme.deadlines.length === 0 ? (
        <Paragraph>{t('programmes.deadlines.none')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table border zebra>
            <caption className="visually-hidden">{t('programmes.deadlines.heading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('programmes.deadlines.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programmes.deadlines.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programmes.deadlines.state')}</Table.HeaderCell>
                <Table.HeaderCell>{t('programmes.deadlines.rule')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {programme.deadlines.map((d) => (
                <Table.Row key={d.kind}>
                  <Table.HeaderCell scope="row">{t(`programmes.deadlineKind.${d.kind}`)}</Table.HeaderCell>
                  <Table.Cell>{formatDate(d.date, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <DeadlineState deadline={d} />
                  </Table.Cell>
                  <Table.Cell>
                    {d.rule.text}{' '}
                    <span className="rule-source">
                      ({d.rule.id}; {d.rule.source})
                    </span>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

/**
 * The engine's conclusions and, for each, the rule it rests on (id, text a caseworker can read, law and section).
 * Under an override the engine ran under the overriding regime: a notice says so, with the derived regime and why.
 */
export function EngineConclusions({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const r = programme.evaluation.result;
  const yesNo = (v: boolean) => t(v ? 'programmes.yes' : 'programmes.no');
  const months = (n: number | null) => (n === null ? '–' : t('programmes.months', { count: n }));
  return (
    <section aria-labelledby="programme-engine-heading" className="stack">
      <Heading level={3} data-size="xs" id="programme-engine-heading">
        {t('programmes.engine.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {t('programmes.engine.intro', { date: formatDate(programme.evaluation.asOf, i18n.language) })}
      </Paragraph>
      {programme.evaluation.notUpdated && (
        <Alert data-color="warning">
          <Paragraph>
            {t('programmes.engine.notUpdated', {
              date: formatDate(programme.evaluation.notUpdated.on, i18n.language),
              fields: programme.evaluation.notUpdated.missing.map((f) => t(`programmes.personFields.${f}`)).join(', '),
            })}
          </Paragraph>
        </Alert>
      )}
      {programme.regimeOverride && (
        <Alert data-color="warning">
          <Paragraph>
            {t('programmes.engine.overridden', {
              regime: t(`programmes.regime.${programme.regimeOverride}`),
              derived: t(`programmes.regime.${programme.derivedRegime}`),
            })}
          </Paragraph>
          {programme.regimeOverrideReason && (
            <Paragraph data-size="sm">
              {t('programmes.engine.overriddenReason', { reason: programme.regimeOverrideReason })}
            </Paragraph>
          )}
        </Alert>
      )}
      <Facts
        facts={[
          [
            t('programmes.engine.regime'),
            <span key="regime" className="programme-regime">
              {t(`programmes.regime.${r.regime}`)}
              {programme.regimeOverride && <Tag data-color="warning">{t('programmes.overridden')}</Tag>}
            </span>,
          ],
          [t('programmes.engine.right'), yesNo(r.programme.right)],
          [t('programmes.engine.duty'), yesNo(r.programme.duty)],
          [t('programmes.engine.mayOffer'), yesNo(r.programme.municipalityMayOffer)],
          [t('programmes.engine.lapsed'), yesNo(r.programme.lapsed)],
          [t('programmes.engine.latestStart'), formatDate(r.programme.latestStart, i18n.language)],
          [t('programmes.engine.maxMonths'), months(r.programme.maxMonths)],
          [t('programmes.engine.maxMonthsWithExtension'), months(r.programme.maxMonthsWithExtension)],
          [
            t('programmes.engine.norwegian'),
            r.norwegianTraining.right
              ? t(r.norwegianTraining.duty ? 'programmes.engine.rightAndDuty' : 'programmes.engine.rightOnly')
              : t('programmes.no'),
          ],
          [t('programmes.engine.norwegianMonths'), months(r.norwegianTraining.maxMonths)],
          [t('programmes.engine.parentalGuidance'), yesNo(r.parentalGuidanceRequired)],
          [
            t('programmes.engine.benefit'),
            t('programmes.engine.benefitValue', { fraction: formatFraction(r.benefit.fractionOf2G, i18n.language) }),
          ],
        ]}
      />
      <Heading level={4} data-size="2xs">
        {t('programmes.engine.reasons')}
      </Heading>
      <ol className="rule-list">
        {r.rules.map((rule, index) => (
          <li key={`${rule.id}-${index}`}>
            <Tag data-color="neutral" data-size="sm">
              {rule.id}
            </Tag>{' '}
            {rule.text} <span className="rule-source">({rule.source})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
