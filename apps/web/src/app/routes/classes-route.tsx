import { can } from '@ankomst/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useCurrentUser } from '../../features/auth';
import { ClassesTable, classesQueryOptions } from '../../features/education';

/** "Mine klasser" for teachers (the classes they teach); every class for consultants and managers. */
export function ClassesRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const mine =
    user.roles.includes('TEACHER') && !can(user.roles, 'participants.write') && !user.roles.includes('MANAGER');
  const classes = useQuery(classesQueryOptions(mine));
  const title = t(mine ? 'education.myClassesTitle' : 'education.classesTitle');
  return (
    <div className="stack">
      <PageHeading>{title}</PageHeading>
      {classes.isPending && <LoadingIndicator />}
      {classes.isError && <ErrorAlert error={classes.error} />}
      {classes.data && <ClassesTable classes={classes.data.items} caption={title} />}
    </div>
  );
}
