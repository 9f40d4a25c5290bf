import type { CaseloadSort } from '@ankomst/contracts';
import { CaseloadSortSchema, ProgrammeStatusSchema, RegimeSchema } from '@ankomst/contracts';
import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { ListPagination } from '../../components/list-pagination';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { participantPath } from '../paths';
import { RouterLink } from '../../components/router-link';
import {
  CASELOAD_PAGE_SIZE,
  CaseloadFilters,
  CaseloadTable,
  caseloadQueryOptions,
  type CaseloadParams,
} from '../../features/caseload';

/** Filters, search, sorting and page live in the URL (`?sok=…&regelverk=…&side=2`), so Back and shared links keep them. */
function useCaseloadParams() {
  const [sp, setSp] = useSearchParams();
  const params: CaseloadParams = {
    page: Math.max(1, Number.parseInt(sp.get('side') ?? '1', 10) || 1),
    search: sp.get('sok') ?? '',
    mine: sp.get('mine') === 'ja',
    regime: RegimeSchema.safeParse(sp.get('regelverk')).data ?? '',
    status: ProgrammeStatusSchema.safeParse(sp.get('status')).data ?? '',
    deadline: sp.get('frist') ?? '',
    sort: CaseloadSortSchema.safeParse(sp.get('sortering')).data ?? 'name',
  };
  const update = (next: Partial<CaseloadParams>) => {
    const p = { ...params, ...next };
    const out = new URLSearchParams();
    if (p.search) out.set('sok', p.search);
    if (p.mine) out.set('mine', 'ja');
    if (p.regime) out.set('regelverk', p.regime);
    if (p.status) out.set('status', p.status);
    if (p.deadline) out.set('frist', p.deadline);
    if (p.sort !== 'name') out.set('sortering', p.sort);
    if (p.page > 1) out.set('side', String(p.page));
    setSp(out);
  };
  return { params, update };
}

/** "Mine deltakere": the consultant's participants first, then the rest they may see. */
export function CaseloadRoute() {
  const { t } = useTranslation();
  const { params, update } = useCaseloadParams();
  const list = useQuery(caseloadQueryOptions(params));
  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.total / CASELOAD_PAGE_SIZE)) : 1;
  return (
    <div className="stack">
      <PageHeading>{t('caseload.title')}</PageHeading>
      <Paragraph>{t('caseload.intro')}</Paragraph>
      <CaseloadFilters
        key={JSON.stringify({ ...params, page: 0, sort: '' })}
        initial={params}
        onApply={(f) => update({ ...f, page: 1 })}
      />
      {list.isPending && <LoadingIndicator />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && (
        <>
          <Paragraph role="status">{t('caseload.resultCount', { count: list.data.total })}</Paragraph>
          {list.data.items.length === 0 ? (
            <Paragraph>{t('caseload.empty')}</Paragraph>
          ) : (
            <CaseloadTable
              items={list.data.items}
              sort={params.sort}
              onSort={(sort: CaseloadSort) => update({ sort, page: 1 })}
              participantLink={(personId, name) => <RouterLink to={participantPath(personId)}>{name}</RouterLink>}
            />
          )}
          <ListPagination page={params.page} totalPages={totalPages} onPageChange={(page) => update({ page })} />
        </>
      )}
    </div>
  );
}
