import type { Task } from '@ankomst/contracts';
import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/router-link';
import { formatCalendarDateMedium } from '../../../lib/format';

interface TasksTableProps {
  tasks: readonly Task[];
  view: 'mine' | 'given';
  onComplete: (task: Task) => void;
  /** The participant page's path. A listed task's person is always one the reader may see (the API's scope). */
  personHref: (personId: string) => string;
}

export function TasksTable({ tasks, view, onComplete, personHref }: TasksTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <Table zebra border>
        <caption className="visually-hidden">{t(`tasks.caption.${view}`)}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('tasks.columns.title')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tasks.columns.person')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tasks.columns.dueDate')}</Table.HeaderCell>
            <Table.HeaderCell>
              {view === 'mine' ? t('tasks.columns.createdBy') : t('tasks.columns.assignee')}
            </Table.HeaderCell>
            <Table.HeaderCell>{t('tasks.columns.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('tasks.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {tasks.map((task) => (
            <Table.Row key={task.id}>
              <Table.HeaderCell scope="row">
                {task.title}
                {task.completionComment && (
                  <div className="task-comment">{t('tasks.comment', { comment: task.completionComment })}</div>
                )}
              </Table.HeaderCell>
              <Table.Cell>
                {task.personId && task.personName ? (
                  <RouterLink to={personHref(task.personId)}>{task.personName}</RouterLink>
                ) : (
                  (task.personName ?? '–')
                )}
              </Table.Cell>
              <Table.Cell>{task.dueDate ? formatCalendarDateMedium(task.dueDate, i18n.language) : '–'}</Table.Cell>
              <Table.Cell>{view === 'mine' ? task.createdBy.name : task.assignee.name}</Table.Cell>
              <Table.Cell>
                {task.status === 'DONE' ? (
                  <Tag data-color="success">{t('tasks.status.DONE')}</Tag>
                ) : task.overdue ? (
                  <Tag data-color="danger">{t('tasks.status.overdue')}</Tag>
                ) : (
                  <Tag data-color="info">{t('tasks.status.OPEN')}</Tag>
                )}
              </Table.Cell>
              <Table.Cell>
                {task.status === 'OPEN' && (
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('tasks.completeLabel', { title: task.title })}
                    onClick={() => onComplete(task)}
                  >
                    {t('tasks.complete')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
