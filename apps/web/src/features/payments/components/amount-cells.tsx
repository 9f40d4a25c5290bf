import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatKroner } from './texts';

interface Amounts {
  gross: number;
  deductions: number;
  offsets: number;
  net: number;
}

/** The column headers of the four amounts (gross, deductions, offsets, net), right-aligned. */
export function AmountHeaderCells() {
  const { t } = useTranslation();
  return (
    <>
      <Table.HeaderCell className="numeric">{t('payments.columns.gross')}</Table.HeaderCell>
      <Table.HeaderCell className="numeric">{t('payments.columns.deductions')}</Table.HeaderCell>
      <Table.HeaderCell className="numeric">{t('payments.columns.offsets')}</Table.HeaderCell>
      <Table.HeaderCell className="numeric">{t('payments.columns.net')}</Table.HeaderCell>
    </>
  );
}

/** The four amounts of a line (or of the totals) in kroner, in the order of `AmountHeaderCells`. */
export function AmountCells({ amounts }: { amounts: Amounts }) {
  return (
    <>
      <Table.Cell className="numeric">{formatKroner(amounts.gross)}</Table.Cell>
      <Table.Cell className="numeric">{formatKroner(amounts.deductions)}</Table.Cell>
      <Table.Cell className="numeric">{formatKroner(amounts.offsets)}</Table.Cell>
      <Table.Cell className="numeric">{formatKroner(amounts.net)}</Table.Cell>
    </>
  );
}
