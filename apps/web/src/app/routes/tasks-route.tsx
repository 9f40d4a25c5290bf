import type { Task } from '@ankomst/contracts';
import { Paragraph, Switch, Tabs } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LiveAlert } from '../../components/form';
import { ErrorAlert } from '../../components/error-alert';
import { FormDialog } from '../../components/form-dialog';
import { ListPagination } from '../../components/list-pagination';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { participantPath } from '../paths';
import { CompleteTaskForm, TASKS_PAGE_SIZE, TasksTable, tasksListQueryOptions } from '../../features/tasks';

/** "Oppgaver": mine or given (`?visning=gitt`), open first with overdue on top; completed on request (`?utforte=1`). */
export function TasksRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = searchParams.get('visning') === 'gitt' ? 'given' : 'mine';
  const showDone = searchParams.get('utforte') === '1';
  const page = Math.max(1, Number.parseInt(searchParams.get('side') ?? '1', 10) || 1);
  const tasks = useQuery(tasksListQueryOptions({ view, status: showDone ? 'ALL' : 'OPEN', page }));
  const [completing, setCompleting] = useState<Task | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const update = (next: { view?: 'mine' | 'given'; showDone?: boolean; page?: number }) => {
    const params = new URLSearchParams();
    if ((next.view ?? view) === 'given') params.set('visning', 'gitt');
    if (next.showDone ?? showDone) params.set('utforte', '1');
    const nextPage = next.page ?? 1;
    if (nextPage > 1) params.set('side', String(nextPage));
    setSearchParams(params);
  };
  const totalPages = tasks.data ? Math.max(1, Math.ceil(tasks.data.total / TASKS_PAGE_SIZE)) : 1;

  return (
    <div className="stack">
      <PageHeading>{t('tasks.title')}</PageHeading>
      <Paragraph>{t('tasks.intro')}</Paragraph>
      <LiveAlert text={notice} color="success" />
      <Tabs value={view} onChange={(value) => update({ view: value === 'given' ? 'given' : 'mine' })}>
        <Tabs.List>
          <Tabs.Tab value="mine">{t('tasks.views.mine')}</Tabs.Tab>
          <Tabs.Tab value="given">{t('tasks.views.given')}</Tabs.Tab>
        </Tabs.List>
        {/* One panel per tab: the tabs web component shows and hides panels by the tab they belong to, so a single
            panel whose value follows the view stayed hidden after switching to "Oppgaver jeg har gitt". */}
        {(['mine', 'given'] as const).map((panelView) => (
          <Tabs.Panel key={panelView} value={panelView}>
            {panelView === view && (
              <div className="stack">
                <Switch
                  label={t('tasks.showDone')}
                  checked={showDone}
                  onChange={(e) => update({ showDone: e.target.checked })}
                />
                {tasks.isPending && <LoadingIndicator />}
                {tasks.isError && <ErrorAlert error={tasks.error} />}
                {tasks.data && (
                  <>
                    <Paragraph role="status">{t('tasks.resultCount', { count: tasks.data.total })}</Paragraph>
                    {tasks.data.items.length === 0 ? (
                      <Paragraph>{t('tasks.empty')}</Paragraph>
                    ) : (
                      <TasksTable
                        tasks={tasks.data.items}
                        view={view}
                        personHref={participantPath}
                        onComplete={(task) => {
                          setNotice(null);
                          setCompleting(task);
                        }}
                      />
                    )}
                    <ListPagination
                      page={page}
                      totalPages={totalPages}
                      onPageChange={(next) => update({ page: next })}
                    />
                  </>
                )}
              </div>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      <FormDialog
        open={completing !== null}
        heading={t('tasks.completeForm.heading')}
        onClose={() => setCompleting(null)}
      >
        {completing && (
          <CompleteTaskForm
            task={completing}
            onDone={(task) => {
              setCompleting(null);
              setNotice(t('tasks.completed', { title: task.title }));
            }}
            onCancel={() => setCompleting(null)}
          />
        )}
      </FormDialog>
    </div>
  );
}
