import type { ClassSummary } from '@ankomst/contracts';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/router-link';
import { formatDate } from './texts';

export function ClassesTable({ classes, caption }: { classes: ClassSummary[]; caption: string }) {
  const { t, i18n } = useTranslation();
  if (classes.length === 0) return <Paragraph>{t('education.classes.empty')}</Paragraph>;
  return (
    <Table>
      <caption>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('education.classes.name')}</Table.HeaderCell>
          <Table.HeaderCell>{t('education.classes.course')}</Table.HeaderCell>
          <Table.HeaderCell>{t('education.classes.start')}</Table.HeaderCell>
          <Table.HeaderCell>{t('education.classes.teachers')}</Table.HeaderCell>
          <Table.HeaderCell>{t('education.classes.enrolled')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {classes.map((c) => (
          <Table.Row key={c.id}>
            <Table.Cell>
              <RouterLink to={`/klasser/${c.id}`}>{c.name}</RouterLink>
            </Table.Cell>
            <Table.Cell>{c.courseName}</Table.Cell>
            <Table.Cell>{formatDate(c.startDate, i18n.language)}</Table.Cell>
            <Table.Cell>{c.teachers.map((x) => x.name).join(', ') || '–'}</Table.Cell>
            <Table.Cell>{c.enrolledCount}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
