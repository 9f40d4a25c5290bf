import { can, DeadlineKindSchema, type DeadlineKind } from '@ankomst/contracts';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/form';
import { ListPagination } from '../../components/list-pagination';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { participantPath } from '../paths';
import { RouterLink } from '../../components/router-link';
import { useCurrentUser } from '../../features/auth';
import {
  CASELOAD_PAGE_SIZE,
  deadlineWindowOptions,
  DeadlinesTable,
  deadlinesQueryOptions,
  type DeadlineParams,
} from '../../features/caseload';

/** "Frister": a consultant's own deadlines, or (the manager's default) every deadline in the municipality. */
export function DeadlinesRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const consultant = can(user.roles, 'programmes.write');
  const [sp, setSp] = useSearchParams();
  const params: DeadlineParams = {
    page: Math.max(1, Number.parseInt(sp.get('side') ?? '1', 10) || 1),
    scope: sp.get('visning') === 'alle' ? 'all' : sp.get('visning') === 'mine' ? 'mine' : consultant ? 'mine' : 'all',
    kind: DeadlineKindSchema.safeParse(sp.get('type')).data ?? '',
    window: sp.get('frist') ?? '',
  };
  const [draft, setDraft] = useState({ scope: params.scope, kind: params.kind as string, window: params.window });
  const apply = (next: Partial<DeadlineParams>) => {
    const p = { ...params, ...next };
    const out = new URLSearchParams();
    out.set('visning', p.scope === 'all' ? 'alle' : 'mine');
    if (p.kind) out.set('type', p.kind);
    if (p.window) out.set('frist', p.window);
    if (p.page > 1) out.set('side', String(p.page));
    setSp(out);
  };
  const list = useQuery(deadlinesQueryOptions(params));
  const totalPages = list.data ? Math.max(1, Math.ceil(list.data.total / CASELOAD_PAGE_SIZE)) : 1;
  return (
    <div className="stack">
      <PageHeading>{t('caseload.deadlines.title')}</PageHeading>
      <Paragraph>
        {params.scope === 'mine' ? t('caseload.deadlines.introMine') : t('caseload.deadlines.introAll')}
      </Paragraph>
      <form
        className="stack"
        aria-label={t('caseload.deadlines.apply')}
        onSubmit={(e) => {
          e.preventDefault();
          apply({ scope: draft.scope, kind: draft.kind as DeadlineKind | '', window: draft.window, page: 1 });
        }}
      >
        <div className="caseload-filters">
          {consultant && (
            <SelectField
              id="deadlines-scope"
              label={t('caseload.deadlines.scope')}
              value={draft.scope}
              onChange={(e) => setDraft({ ...draft, scope: e.target.value as DeadlineParams['scope'] })}
              options={[
                { value: 'mine', label: t('caseload.deadlines.scopeMine') },
                { value: 'all', label: t('caseload.deadlines.scopeAll') },
              ]}
            />
          )}
          <SelectField
            id="deadlines-kind"
            label={t('caseload.deadlines.kind')}
            value={draft.kind}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
            options={[
              { value: '', label: t('caseload.deadlines.allKinds') },
              ...DeadlineKindSchema.options.map((k) => ({ value: k, label: t(`caseload.deadlineKind.${k}`) })),
            ]}
          />
          <SelectField
            id="deadlines-window"
            label={t('caseload.deadlines.window')}
            value={draft.window}
            onChange={(e) => setDraft({ ...draft, window: e.target.value })}
            options={deadlineWindowOptions(t)}
          />
        </div>
        <div>
          <Button type="submit" variant="secondary">
            {t('caseload.deadlines.apply')}
          </Button>
        </div>
      </form>
      {list.isPending && <LoadingIndicator />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && (
        <>
          <Paragraph role="status">
            {t('caseload.deadlines.count', { count: list.data.total })}{' '}
            {list.data.overdueCount > 0 && t('caseload.deadlines.overdueCount', { count: list.data.overdueCount })}
          </Paragraph>
          {list.data.items.length === 0 ? (
            <Paragraph>{t('caseload.deadlines.empty')}</Paragraph>
          ) : (
            <DeadlinesTable
              items={list.data.items}
              participantLink={(personId, name) => <RouterLink to={participantPath(personId)}>{name}</RouterLink>}
            />
          )}
          <ListPagination page={params.page} totalPages={totalPages} onPageChange={(page) => apply({ page })} />
        </>
      )}
    </div>
  );
}
