import {
  SaveClassAttendanceBodySchema,
  type AbsenceCheckResult,
  type AbsenceKind,
  type ClassAttendanceDay,
  type SaveClassAttendanceBody,
} from '@ankomst/contracts';
import { Button, Input, Paragraph, Select, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveAlert } from '../../../components/form';
import { useSaveClassDay } from '../api/attendance';
import { attendanceErrorText } from './texts';

/** A row's status: not registered yet, present, or an absence kind. */
export type GridStatus = '' | 'PRESENT' | AbsenceKind;

/** One key per status, typed on a focused status cell (case-insensitive). */
export const STATUS_SHORTCUTS: Record<string, GridStatus> = {
  p: 'PRESENT',
  f: 'UNAUTHORISED',
  e: 'OWN_ILLNESS_SELF_CERTIFIED',
  l: 'OWN_ILLNESS_MEDICAL_CERTIFICATE',
  b: 'CHILD_ILLNESS',
  v: 'WELFARE',
  m: 'LEAVE_WITH_BENEFIT',
  u: 'LEAVE_WITHOUT_BENEFIT',
  g: 'PREGNANCY',
  k: 'PREGNANCY_CHECK_UP',
};
const STATUSES: GridStatus[] = [
  '',
  'PRESENT',
  'UNAUTHORISED',
  'OWN_ILLNESS_SELF_CERTIFIED',
  'OWN_ILLNESS_MEDICAL_CERTIFICATE',
  'CHILD_ILLNESS',
  'WELFARE',
  'LEAVE_WITH_BENEFIT',
  'LEAVE_WITHOUT_BENEFIT',
  'PREGNANCY',
  'PREGNANCY_CHECK_UP',
  'BIRTH_MOTHER',
  'BIRTH_FATHER',
];
const shortcutOf = (status: GridStatus) =>
  Object.entries(STATUS_SHORTCUTS)
    .find(([, s]) => s === status)?.[0]
    .toUpperCase();

interface Row {
  personId: string;
  name: string;
  status: GridStatus;
  hours: string;
}

const formatHours = (n: number) => String(n).replace('.', ',');
const parseHours = (s: string) => Number(s.trim().replace(',', '.'));

function initialRows(day: ClassAttendanceDay): Row[] {
  return day.learners.map((l) => ({
    personId: l.personId,
    name: `${l.lastName}, ${l.firstName}`,
    status: l.record ? (l.record.absenceKind ?? 'PRESENT') : '',
    hours: l.record ? formatHours(l.record.presentHours) : '',
  }));
}

/**
 * The class/day grid: one row per learner with a status and the hours present. Built for the keyboard:
 * type P, F, E, L, B, V, M or U on a status cell to set it and move to the next learner; the arrow keys move
 * between rows (up/down) and between status and hours (left/right); Tab works as usual. Saving sends the whole
 * day in one request; the rules engine's warnings come back inline on each row.
 */
export function AttendanceGrid({ day }: { day: ClassAttendanceDay }) {
  const { t } = useTranslation();
  const save = useSaveClassDay(day.classId, day.date);
  const [rows, setRows] = useState<Row[]>(() => initialRows(day));
  const [checks, setChecks] = useState<AbsenceCheckResult[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  const planned = day.hoursPerDay;

  const focusCell = (row: number, col: number) => {
    const target = grid.current?.querySelector<HTMLSelectElement | HTMLInputElement>(
      `[data-cell="${Math.max(0, Math.min(rows.length - 1, row))}-${col}"]`,
    );
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  };

  const setStatus = (index: number, status: GridStatus) =>
    setRows((current) =>
      current.map((r, i) =>
        i !== index
          ? r
          : {
              ...r,
              status,
              hours:
                status === ''
                  ? ''
                  : status === 'PRESENT'
                    ? formatHours(planned)
                    : r.status === 'PRESENT' || r.status === ''
                      ? '0'
                      : r.hours,
            },
      ),
    );

  /**
   * One keyboard handler for the whole grid, on the container (Designsystemet's Select does not pass onKeyDown
   * through to the native select): the target's `data-cell="row-col"` says where the key was pressed.
   */
  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = (event.target as HTMLElement).dataset.cell;
    if (!cell || event.altKey || event.ctrlKey || event.metaKey) return;
    const [index, col] = cell.split('-').map(Number) as [number, number];
    const target = event.target as HTMLSelectElement | HTMLInputElement;
    if (col === 0) {
      const status = STATUS_SHORTCUTS[event.key.toLowerCase()];
      if (status) {
        event.preventDefault();
        setStatus(index, status);
        focusCell(index + 1, 0);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        focusCell(index + (event.key === 'ArrowDown' ? 1 : -1), 0);
      } else if (event.key === 'ArrowRight') {
        event.preventDefault();
        focusCell(index, 1);
      }
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusCell(index + (event.key === 'ArrowDown' ? 1 : -1), 1);
    } else if (event.key === 'ArrowLeft' && target instanceof HTMLInputElement && target.selectionStart === 0) {
      event.preventDefault();
      focusCell(index, 0);
    }
  };

  const markRestPresent = () =>
    setRows((current) =>
      current.map((r) => (r.status === '' ? { ...r, status: 'PRESENT', hours: formatHours(planned) } : r)),
    );

  const onSave = async () => {
    setMessage(null);
    const included = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.status !== '');
    const body: SaveClassAttendanceBody = {
      rows: included.map(({ r }) => ({
        personId: r.personId,
        plannedHours: planned,
        presentHours: parseHours(r.hours),
        absenceKind: r.status === 'PRESENT' || r.status === '' ? null : r.status,
      })),
    };
    const parsed = SaveClassAttendanceBodySchema.safeParse(body);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const at = included[Number(issue.path[1])];
        if (at && issue.path[0] === 'rows')
          errors[at.r.personId] = t(`attendance.grid.invalid.${String(issue.path[2] ?? 'row')}`, {
            defaultValue: t('attendance.grid.invalid.row'),
          });
      }
      setRowErrors(errors);
      setMessage({ ok: false, text: t('attendance.grid.fixErrors', { count: Object.keys(errors).length }) });
      const first = rows.findIndex((r) => errors[r.personId]);
      if (first >= 0) focusCell(first, 1);
      return;
    }
    setRowErrors({});
    try {
      const result = await save.mutateAsync(parsed.data);
      setChecks(result.checks);
      setRows(initialRows(result.day));
      const unauthorised = result.checks.reduce((n, c) => n + c.unauthorisedDays.length, 0);
      setMessage({
        ok: true,
        text:
          t('attendance.grid.saved', { count: parsed.data.rows.length }) +
          (unauthorised > 0 ? ` ${t('attendance.grid.unauthorisedSummary', { count: unauthorised })}` : ''),
      });
    } catch (error) {
      setMessage({ ok: false, text: attendanceErrorText(t, error) });
    }
  };

  const checkOf = (personId: string) => checks.find((c) => c.personId === personId);
  const registered = rows.filter((r) => r.status !== '').length;

  return (
    <div className="stack">
      <Paragraph id="attendance-grid-help" data-size="sm">
        {t('attendance.grid.help')}
      </Paragraph>
      <LiveAlert text={message?.text} color={message?.ok ? 'success' : 'danger'} />
      {/* The container handles the key events of the cells inside it (see onGridKey). */}
      <div className="table-scroll" ref={grid} onKeyDown={onGridKey}>
        <Table border aria-describedby="attendance-grid-help" className="attendance-grid">
          <caption className="visually-hidden">
            {t('attendance.grid.caption', { className: day.className, date: day.date })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('attendance.grid.learner')}</Table.HeaderCell>
              <Table.HeaderCell>{t('attendance.grid.status')}</Table.HeaderCell>
              <Table.HeaderCell>
                {t('attendance.grid.hoursPresent', { planned: formatHours(planned) })}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row, index) => {
              const check = checkOf(row.personId);
              const error = rowErrors[row.personId];
              const warningsId = `attendance-warnings-${row.personId}`;
              return (
                <Table.Row key={row.personId}>
                  <Table.HeaderCell scope="row">
                    {row.name}
                    {check && check.warnings.length > 0 && (
                      <ul className="attendance-warnings" id={warningsId}>
                        {check.warnings.map((w) => (
                          <li key={w.code} data-severity={w.severity}>
                            <strong>
                              {w.severity === 'WARNING' ? t('attendance.warning') : t('attendance.info')}:
                            </strong>{' '}
                            {w.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell>
                    <Select
                      data-size="sm"
                      aria-label={t('attendance.grid.statusFor', { name: row.name })}
                      aria-describedby={check && check.warnings.length > 0 ? warningsId : undefined}
                      value={row.status}
                      data-cell={`${index}-0`}
                      onChange={(e) => setStatus(index, e.target.value as GridStatus)}
                    >
                      {STATUSES.map((s) => (
                        <Select.Option key={s || 'none'} value={s}>
                          {s === ''
                            ? t('attendance.status.none')
                            : [shortcutOf(s), t(`attendance.status.${s}`)].filter(Boolean).join(' – ')}
                        </Select.Option>
                      ))}
                    </Select>
                  </Table.Cell>
                  <Table.Cell>
                    <Input
                      data-size="sm"
                      inputMode="decimal"
                      size={5}
                      aria-label={t('attendance.grid.hoursFor', { name: row.name })}
                      aria-invalid={!!error}
                      aria-describedby={error ? `attendance-error-${row.personId}` : undefined}
                      disabled={row.status === ''}
                      value={row.hours}
                      data-cell={`${index}-1`}
                      onChange={(e) =>
                        setRows((current) => current.map((r, i) => (i === index ? { ...r, hours: e.target.value } : r)))
                      }
                    />
                    {error && <ValidationMessage id={`attendance-error-${row.personId}`}>{error}</ValidationMessage>}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
      <div className="button-row">
        <Button type="button" onClick={() => void onSave()} disabled={save.isPending || registered === 0}>
          {t('attendance.grid.save', { count: registered })}
        </Button>
        <Button type="button" variant="secondary" onClick={markRestPresent}>
          {t('attendance.grid.restPresent')}
        </Button>
      </div>
    </div>
  );
}
