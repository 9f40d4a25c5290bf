import { SettlementStatusSchema, type SettlementStatus } from '@ankomst/contracts';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/form';
import { ListPagination } from '../../components/list-pagination';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { HOUSEHOLDS_PAGE_SIZE, HouseholdsTable, householdsListQueryOptions } from '../../features/households';
import { householdPath, paths } from '../paths';

export interface HouseholdsLocationState {
  notice?: string;
}

/** Page and status filter live in the URL (`?status=ARRIVED&side=2`). */
function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('side') ?? '1', 10) || 1);
  const parsed = SettlementStatusSchema.safeParse(searchParams.get('status'));
  const status: SettlementStatus | '' = parsed.success ? parsed.data : '';
  const update = (next: { page?: number; status?: SettlementStatus | '' }) => {
    const params = new URLSearchParams();
    const nextStatus = next.status ?? status;
    const nextPage = next.page ?? page;
    if (nextStatus) params.set('status', nextStatus);
    if (nextPage > 1) params.set('side', String(nextPage));
    setSearchParams(params);
  };
  return { page, status, update };
}

export function HouseholdsRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const notice = (location.state as HouseholdsLocationState | null)?.notice;
  const { page, status, update } = useListParams();
  const households = useQuery(householdsListQueryOptions({ page, status }));
  const totalPages = households.data ? Math.max(1, Math.ceil(households.data.total / HOUSEHOLDS_PAGE_SIZE)) : 1;

  return (
    <div className="stack">
      <PageHeading
        actions={
          <Button asChild>
            <Link to={paths.newHousehold}>{t('households.list.create')}</Link>
          </Button>
        }
      >
        {t('households.list.title')}
      </PageHeading>
      <Paragraph>{t('households.list.intro')}</Paragraph>
      {notice && <Paragraph role="status">{notice}</Paragraph>}
      <div className="narrow">
        <SelectField
          id="households-status-filter"
          label={t('households.list.statusFilter')}
          value={status}
          onChange={(event) => update({ status: event.target.value as SettlementStatus | '', page: 1 })}
          options={[
            { value: '', label: t('households.list.allStatuses') },
            ...SettlementStatusSchema.options.map((s) => ({ value: s, label: t(`households.status.${s}`) })),
          ]}
        />
      </div>
      {households.isPending && <LoadingIndicator />}
      {households.isError && <ErrorAlert error={households.error} />}
      {households.data && (
        <>
          <Paragraph role="status">{t('households.list.resultCount', { count: households.data.total })}</Paragraph>
          {households.data.items.length === 0 ? (
            <Paragraph>{t('households.list.empty')}</Paragraph>
          ) : (
            <HouseholdsTable
              households={households.data.items}
              householdLink={(id, name) => <RouterLink to={householdPath(id)}>{name}</RouterLink>}
            />
          )}
          <ListPagination page={page} totalPages={totalPages} onPageChange={(next) => update({ page: next })} />
        </>
      )}
    </div>
  );
}
