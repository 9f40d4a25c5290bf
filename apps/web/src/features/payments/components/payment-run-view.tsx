import type { PaymentRunDetail } from '@ankomst/contracts';
import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveAlert } from '../../../components/form';
import { paymentExportUrl, useApprovePaymentRun, useDiscardPaymentRun } from '../api/payments';
import { AmountCells, AmountHeaderCells } from './amount-cells';
import { formatKroner, paymentsErrorText } from './texts';

/**
 * One run: its lines and totals; approve (only someone other than the preparer), discard a prepared run, and
 * download the payroll files of an approved one.
 */
export function PaymentRunView({
  run,
  currentUserId,
  canApprove,
  canPrepare,
  onDiscarded,
}: {
  run: PaymentRunDetail;
  currentUserId: string;
  canApprove: boolean;
  canPrepare: boolean;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation();
  const approve = useApprovePaymentRun(run.id);
  const discard = useDiscardPaymentRun(run.id);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const ownRun = run.preparedBy.id === currentUserId;
  const onApprove = async () => {
    setMessage(null);
    try {
      await approve.mutateAsync(run.version);
      setMessage({ ok: true, text: t('payments.run.approved') });
    } catch (e) {
      setMessage({ ok: false, text: paymentsErrorText(t, e) });
    }
  };
  const onDiscard = async () => {
    setMessage(null);
    try {
      await discard.mutateAsync(run.version);
      onDiscarded();
    } catch (e) {
      setMessage({ ok: false, text: paymentsErrorText(t, e) });
    }
  };
  return (
    <div className="stack">
      <dl className="details-list">
        <dt>{t('payments.runs.status')}</dt>
        <dd>
          <Tag data-color={run.status === 'APPROVED' ? 'success' : 'warning'}>
            {t(`payments.runs.statuses.${run.status}`)}
          </Tag>
        </dd>
        <dt>{t('payments.runs.preparedBy')}</dt>
        <dd>{`${run.preparedBy.name} (${new Date(run.preparedAt).toLocaleString('nb-NO')})`}</dd>
        <dt>{t('payments.runs.approvedBy')}</dt>
        <dd>
          {run.approvedBy ? `${run.approvedBy.name} (${new Date(run.approvedAt ?? '').toLocaleString('nb-NO')})` : '–'}
        </dd>
        <dt>{t('payments.columns.net')}</dt>
        <dd>{formatKroner(run.totals.net)} kr</dd>
        <dt>{t('payments.decision.required')}</dt>
        <dd>{run.totals.decisionRequired}</dd>
      </dl>
      {run.sequence > 1 && <Paragraph>{t('payments.run.correctionNote')}</Paragraph>}
      <LiveAlert text={message?.text} color={message?.ok ? 'success' : 'danger'} />
      {run.status === 'PREPARED' ? (
        <div className="stack">
          {ownRun && <Paragraph>{t('payments.run.ownRun')}</Paragraph>}
          <div className="button-row">
            {canApprove && !ownRun && (
              <Button type="button" onClick={() => void onApprove()} disabled={approve.isPending}>
                {t('payments.run.approve')}
              </Button>
            )}
            {canPrepare && (
              <Button type="button" variant="secondary" onClick={() => void onDiscard()} disabled={discard.isPending}>
                {t('payments.run.discard')}
              </Button>
            )}
          </div>
        </div>
      ) : (
        <div className="stack">
          <Heading level={2} data-size="xs">
            {t('payments.run.exportHeading')}
          </Heading>
          <div className="button-row">
            <Link href={paymentExportUrl(run.id, 'csv')} download>
              {t('payments.run.exportCsv')}
            </Link>
            <Link href={paymentExportUrl(run.id, 'xlsx')} download>
              {t('payments.run.exportXlsx')}
            </Link>
          </div>
          <Paragraph data-size="sm">{t('payments.run.locked')}</Paragraph>
        </div>
      )}
      <div className="table-scroll">
        <Table border zebra>
          <caption>{t('payments.run.linesCaption', { count: run.lines.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('payments.columns.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('payments.columns.birthDate')}</Table.HeaderCell>
              <AmountHeaderCells />
              <Table.HeaderCell>{t('payments.columns.decision')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {run.lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.HeaderCell scope="row">{`${l.lastName}, ${l.firstName}`}</Table.HeaderCell>
                <Table.Cell>{l.birthDate}</Table.Cell>
                <AmountCells amounts={l} />
                <Table.Cell>
                  {l.decisionRequired ? (
                    <Tag data-color="warning">{t('payments.decision.required')}</Tag>
                  ) : (
                    t('payments.decision.no')
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}
