import type { ProgrammeBenefit } from '@ankomst/contracts';
import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatKroner } from './texts';

/**
 * One participant's month: the decision flag first (a deduction of at least half the payment and at least
 * G/12 needs a formal decision), then every line item with the rule it comes from.
 */
export function BenefitCalculation({ benefit }: { benefit: ProgrammeBenefit }) {
  const { t } = useTranslation();
  const c = benefit.calculation;
  if (!c) {
    return (
      <Alert data-color="danger">
        <Paragraph>{t('payments.benefit.problem', { message: benefit.problem?.message ?? '' })}</Paragraph>
      </Alert>
    );
  }
  return (
    <div className="stack">
      {c.flags.decisionRequired ? (
        <Alert data-color="warning" data-testid="decision-flag">
          <Heading level={2} data-size="xs">
            {t('payments.decision.requiredHeading')}
          </Heading>
          <Paragraph>
            {t('payments.decision.requiredText', {
              deductions: formatKroner(c.deductions),
              share: formatKroner(c.decisionThreshold.shareOfPayment),
              minimum: formatKroner(c.decisionThreshold.minimumAmount),
            })}
          </Paragraph>
          <Paragraph data-size="sm">{c.decisionThreshold.rule.text}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>
          {t('payments.decision.notRequired', { minimum: formatKroner(c.decisionThreshold.minimumAmount) })}
        </Paragraph>
      )}
      <dl className="details-list">
        <dt>{t('payments.columns.gross')}</dt>
        <dd>{formatKroner(c.gross)} kr</dd>
        <dt>{t('payments.columns.deductions')}</dt>
        <dd>{formatKroner(c.deductions)} kr</dd>
        <dt>{t('payments.columns.offsets')}</dt>
        <dd>{formatKroner(c.offsets)} kr</dd>
        <dt>{t('payments.columns.net')}</dt>
        <dd data-testid="benefit-net">{formatKroner(c.net)} kr</dd>
        <dt>{t('payments.benefit.baseAmount')}</dt>
        <dd>{formatKroner(c.baseAmount.amount)} kr</dd>
      </dl>
      <div className="table-scroll">
        <Table border>
          <caption>{t('payments.benefit.linesCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('payments.benefit.line')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('payments.benefit.amount')}</Table.HeaderCell>
              <Table.HeaderCell>{t('payments.benefit.rule')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {c.lineItems.map((line, index) => (
              <Table.Row key={`${line.kind}-${index}`}>
                <Table.HeaderCell scope="row">{line.description}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatKroner(line.amount)}</Table.Cell>
                <Table.Cell>
                  <strong>{line.rule.id}</strong> {line.rule.text} <em>({line.rule.source})</em>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('payments.columns.net')}</Table.HeaderCell>
              <Table.Cell className="numeric">{formatKroner(c.net)}</Table.Cell>
              <Table.Cell />
            </Table.Row>
          </Table.Foot>
        </Table>
      </div>
    </div>
  );
}
