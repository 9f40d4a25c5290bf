import { LANGUAGE_SKILLS, type Learner } from '@ankomst/contracts';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatHours } from './texts';

/** The learners of a class: Norwegian right/duty/deadline, target level, hours against entitlement, latest level per skill. */
export function LearnersTable({ learners, caption }: { learners: Learner[]; caption: string }) {
  const { t, i18n } = useTranslation();
  if (learners.length === 0) return <Paragraph>{t('education.learners.empty')}</Paragraph>;
  return (
    <Table>
      <caption>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('education.learners.name')}</Table.HeaderCell>
          <Table.HeaderCell>{t('education.learners.norwegian')}</Table.HeaderCell>
          <Table.HeaderCell>{t('education.learners.target')}</Table.HeaderCell>
          <Table.HeaderCell>{t('education.learners.hours')}</Table.HeaderCell>
          {LANGUAGE_SKILLS.map((s) => (
            <Table.HeaderCell key={s}>{t(`education.skill.${s}`)}</Table.HeaderCell>
          ))}
          <Table.HeaderCell>{t('education.learners.socialStudies')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {learners.map((l) => {
          const level = (skill: string) => l.latestLevels.find((x) => x.skill === skill);
          const training = l.norwegianTraining;
          return (
            <Table.Row key={l.enrolmentId}>
              <Table.Cell>
                {`${l.person.firstName} ${l.person.lastName}`}
                {l.person.interpreterNeeded && (
                  <Paragraph data-size="sm">
                    {t('education.learners.interpreter', { language: l.person.interpreterLanguage ?? '' })}
                  </Paragraph>
                )}
              </Table.Cell>
              <Table.Cell>
                {training
                  ? t(
                      training.duty
                        ? 'education.learners.rightAndDuty'
                        : training.right
                          ? 'education.learners.rightOnly'
                          : 'education.learners.noRight',
                      { deadline: formatDate(training.deadline, i18n.language) },
                    )
                  : '–'}
              </Table.Cell>
              <Table.Cell>{l.targetLevel ? t(`education.level.${l.targetLevel}`) : '–'}</Table.Cell>
              <Table.Cell>
                {l.entitledHours === null
                  ? t('education.learners.hoursNoEntitlement', { done: formatHours(l.hoursCompleted, i18n.language) })
                  : t('education.learners.hoursOf', {
                      done: formatHours(l.hoursCompleted, i18n.language),
                      entitled: l.entitledHours,
                    })}
              </Table.Cell>
              {LANGUAGE_SKILLS.map((s) => {
                const a = level(s);
                return <Table.Cell key={s}>{a ? t(`education.level.${a.level}`) : '–'}</Table.Cell>;
              })}
              <Table.Cell>{formatDate(l.socialStudiesCompletedDate, i18n.language)}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}
