import {
  ABSENCE_KINDS,
  PROGRAMME_ACTIVITY,
  type AbsenceKind,
  type AttendanceRecord,
  type ParticipantAttendanceMonth,
} from '@ankomst/contracts';
import { Alert, Button, Heading, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateAttendance } from '../api/attendance';
import { attendanceErrorText } from './texts';

const hours = (n: number) => n.toLocaleString('nb-NO', { maximumFractionDigits: 2 });

/**
 * A participant's month for the consultant: every record, the days the rules make unauthorised (with why),
 * and reclassification of any absence (e.g. egenmelding day 4 to a medical certificate once it arrives).
 */
export function PersonMonth({ month }: { month: ParticipantAttendanceMonth }) {
  const { t } = useTranslation();
  const ruled = new Map(month.unauthorisedDays.map((d) => [d.date, d]));
  return (
    <div className="stack">
      <dl className="details-list">
        <dt>{t('attendance.month.planned')}</dt>
        <dd>{hours(month.totals.plannedHours)}</dd>
        <dt>{t('attendance.month.present')}</dt>
        <dd>{hours(month.totals.presentHours)}</dd>
        <dt>{t('attendance.month.unauthorised')}</dt>
        <dd>{hours(month.totals.unauthorisedHours)}</dd>
      </dl>
      {month.unauthorisedDays.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('attendance.month.unauthorisedHeading', { count: month.unauthorisedDays.length })}
          </Heading>
          <ul>
            {month.unauthorisedDays.map((d) => (
              <li key={d.date}>
                <strong>{d.date}</strong> ({hours(d.hours)} {t('attendance.month.hoursUnit')}): {d.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {month.records.length === 0 ? (
        <Paragraph>{t('attendance.month.empty')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table border zebra>
            <caption className="visually-hidden">{t('attendance.month.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('attendance.month.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('attendance.month.activity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('attendance.month.plannedShort')}</Table.HeaderCell>
                <Table.HeaderCell>{t('attendance.month.presentShort')}</Table.HeaderCell>
                <Table.HeaderCell>{t('attendance.month.kind')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {month.records.map((r) => (
                <Table.Row key={r.id}>
                  <Table.HeaderCell scope="row">{r.date}</Table.HeaderCell>
                  <Table.Cell>
                    {r.activityName === PROGRAMME_ACTIVITY ? t('attendance.month.programme') : r.activityName}
                  </Table.Cell>
                  <Table.Cell>{hours(r.plannedHours)}</Table.Cell>
                  <Table.Cell>{hours(r.presentHours)}</Table.Cell>
                  <Table.Cell>
                    {r.absenceKind ? (
                      <Reclassify record={r} ruledUnauthorised={ruled.has(r.date)} />
                    ) : (
                      t('attendance.status.PRESENT')
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}

function Reclassify({ record, ruledUnauthorised }: { record: AttendanceRecord; ruledUnauthorised: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateAttendance();
  const [kind, setKind] = useState<AbsenceKind>(record.absenceKind ?? 'UNAUTHORISED');
  const [error, setError] = useState<string | null>(null);
  const changed = kind !== record.absenceKind;
  const onSave = async () => {
    setError(null);
    try {
      await update.mutateAsync({
        recordId: record.id,
        body: {
          plannedHours: record.plannedHours,
          presentHours: record.presentHours,
          absenceKind: kind,
          note: record.note,
          version: record.version,
        },
      });
    } catch (e) {
      setError(attendanceErrorText(t, e));
    }
  };
  return (
    <div className="button-row">
      <Select
        data-size="sm"
        aria-label={t('attendance.month.reclassifyLabel', { date: record.date })}
        value={kind}
        onChange={(e) => setKind(e.target.value as AbsenceKind)}
      >
        {ABSENCE_KINDS.map((k) => (
          <Select.Option key={k} value={k}>
            {t(`attendance.status.${k}`)}
          </Select.Option>
        ))}
      </Select>
      {ruledUnauthorised && record.absenceKind !== 'UNAUTHORISED' && (
        <span className="attendance-ruled">{t('attendance.month.ruledUnauthorised')}</span>
      )}
      <Button
        type="button"
        data-size="sm"
        variant="secondary"
        disabled={!changed || update.isPending}
        onClick={() => void onSave()}
      >
        {t('attendance.month.reclassify')}
      </Button>
      {error && (
        <Paragraph data-size="sm" role="alert">
          {error}
        </Paragraph>
      )}
    </div>
  );
}
