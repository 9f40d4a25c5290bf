import type { Meeting, MeetingStatus, MeetingType, GroupMemberRole } from '@ankomst/contracts';
import { renderPdf, type PdfBlock } from './pdf-writer';

/** The printable minutes, in Norwegian (bokmål). Built from the meeting as the reader may see it. */
const TYPE: Record<MeetingType, string> = {
  RESPONSIBILITY_GROUP: 'Ansvarsgruppemøte',
  TRIANGLE: 'Trekantmøte',
  TEAM: 'Tverrfaglig team',
  OTHER: 'Møte',
};
const STATUS: Record<MeetingStatus, string> = { PLANNED: 'Planlagt', HELD: 'Gjennomført', CANCELLED: 'Avlyst' };
const ROLE: Record<GroupMemberRole, string> = {
  CONSULTANT: 'Flyktningtjenesten',
  NAV_ADVISER: 'Nav',
  TEACHER: 'Voksenopplæringen',
  HEALTH: 'Helse',
  SCHOOL: 'Skole',
  KINDERGARTEN: 'Barnehage',
  OTHER: 'Annet',
};

export function formatOsloDateTime(iso: string): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export function minutesBlocks(meeting: Meeting): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  const heading = (text: string) => blocks.push({ text, font: 'bold', size: 13, spaceBefore: 14 });
  const line = (text: string) => blocks.push({ text });

  blocks.push({ text: `Referat: ${TYPE[meeting.type]}`, font: 'bold', size: 18 });
  line(`Deltaker: ${meeting.personName}`);
  line(`Tidspunkt: ${formatOsloDateTime(meeting.scheduledAt)}`);
  line(`Sted: ${meeting.location ?? 'Ikke oppgitt'}`);
  line(`Status: ${STATUS[meeting.status]}`);
  line(`Tolk: ${meeting.interpreterNeeded ? 'Ja' : 'Nei'}`);

  heading('Dagsorden');
  line(meeting.agenda?.trim() || 'Ingen dagsorden registrert.');

  heading('Til stede');
  const recorded = meeting.attendance.filter((a) => a.present !== null);
  if (recorded.length === 0) line('Oppmøte er ikke registrert.');
  for (const a of recorded) {
    line(`${a.present ? 'Til stede' : 'Fraværende'}: ${a.name} (${a.organisation ?? ROLE[a.role]})`);
  }

  heading('Referat');
  line(meeting.minutes?.trim() || 'Ikke skrevet ennå.');

  if (meeting.restrictedMinutes !== undefined) {
    heading('Skjermet referat (helse og familie) - kun flyktningtjenesten');
    line(meeting.restrictedMinutes?.trim() || 'Ingen skjermede opplysninger.');
  }

  heading('Vedtak og oppgaver');
  if (meeting.decisions.length === 0) line('Ingen vedtak registrert.');
  meeting.decisions.forEach((d, i) => {
    line(`${i + 1}. ${d.text}${d.restricted ? ' (skjermet)' : ''}`);
    if (d.task) {
      line(
        `    Ansvarlig: ${d.task.assigneeName}${d.task.dueDate ? `, frist ${formatDate(d.task.dueDate)}` : ''}${d.task.status === 'DONE' ? ' (utført)' : ''}`,
      );
    }
  });

  heading('Neste møte');
  line(meeting.nextMeetingAt ? formatOsloDateTime(meeting.nextMeetingAt) : 'Ikke avtalt.');
  return blocks;
}

export function renderMinutesPdf(meeting: Meeting, printedAt: Date = new Date()): Buffer {
  return renderPdf(minutesBlocks(meeting), {
    title: `Referat ${TYPE[meeting.type]}`,
    createdAt: printedAt,
    footer: (page, pages) =>
      `Ankomst - utskrevet ${formatOsloDateTime(printedAt.toISOString())} - side ${page} av ${pages}`,
  });
}
