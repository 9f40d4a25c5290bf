import type { MunicipalityBenefitMonth } from '@ankomst/contracts';
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { ListPagination } from '../../../components/list-pagination';
import { RouterLink } from '../../../components/router-link';
import { AmountCells, AmountHeaderCells } from './amount-cells';

const PAGE_SIZE = 50;

/** The municipality's month: one row per programme, the decision flag visible in the list. */
export function BenefitMonthTable({
  data,
  benefitHref,
}: {
  data: MunicipalityBenefitMonth;
  benefitHref: (programmeId: string) => string;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  if (data.items.length === 0) return <Paragraph>{t('payments.benefits.empty')}</Paragraph>;
  // Flagged participants first: they need a decision before the run.
  const sorted = [...data.items].sort(
    (a, b) => Number(b.decisionRequired) - Number(a.decisionRequired) || Number(!!b.problem) - Number(!!a.problem),
  );
  const totalPages = Math.ceil(sorted.length / PAGE_SIZE);
  const current = Math.min(page, totalPages);
  return (
    <div className="stack">
      <div className="table-scroll">
        <Table border zebra>
          <caption className="visually-hidden">{t('payments.benefits.caption', { month: data.month })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('payments.columns.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('payments.columns.regime')}</Table.HeaderCell>
              <AmountHeaderCells />
              <Table.HeaderCell>{t('payments.columns.decision')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sorted.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((i) => (
              <Table.Row key={i.programmeId}>
                <Table.HeaderCell scope="row">
                  <RouterLink to={benefitHref(i.programmeId)}>{`${i.lastName}, ${i.firstName}`}</RouterLink>
                </Table.HeaderCell>
                <Table.Cell>{t(`payments.regimes.${i.regime}`)}</Table.Cell>
                <AmountCells amounts={i} />
                <Table.Cell>
                  {i.problem ? (
                    <Tag data-color="danger">{t('payments.benefits.problem')}</Tag>
                  ) : i.decisionRequired ? (
                    <Tag data-color="warning">{t('payments.decision.required')}</Tag>
                  ) : (
                    t('payments.decision.no')
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row">
                {t('payments.columns.total', { count: data.items.length })}
              </Table.HeaderCell>
              <Table.Cell />
              <AmountCells amounts={data.totals} />
              <Table.Cell>{t('payments.decision.count', { count: data.totals.decisionRequired })}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </div>
      <ListPagination page={current} totalPages={totalPages} onPageChange={setPage} />
    </div>
  );
}
