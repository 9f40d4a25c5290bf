import { FOLLOW_UP_MONTHS, type ErrorIssue, type PutProgrammeOutcomeBody } from '@ankomst/contracts';
import { addMonths, type IsoDate } from '@ankomst/regimes';

export type FollowUpField = keyof typeof FOLLOW_UP_MONTHS;

/** The first date a follow-up may be recorded: 6 or 12 calendar months after the end date (month-end clamped). */
export function followUpFrom(endDate: IsoDate | null, field: FollowUpField): IsoDate | null {
  return endDate ? addMonths(endDate, FOLLOW_UP_MONTHS[field]) : null;
}

/**
 * The follow-up statuses the body sets (non-null) that are not yet due on `today`, as issues naming the field.
 * Clearing a follow-up (null) is always allowed.
 */
export function followUpIssues(
  body: Pick<PutProgrammeOutcomeBody, FollowUpField>,
  endDate: IsoDate | null,
  today: IsoDate,
): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (const field of Object.keys(FOLLOW_UP_MONTHS) as FollowUpField[]) {
    if (body[field] == null) continue;
    const from = followUpFrom(endDate, field);
    if (from === null) {
      issues.push({
        path: field,
        code: 'invalid',
        message: 'A follow-up status needs the programme end date; record the end date first',
      });
    } else if (today < from) {
      issues.push({
        path: field,
        code: 'too_early',
        message: `The ${FOLLOW_UP_MONTHS[field]}-month follow-up can be recorded from ${from} (${FOLLOW_UP_MONTHS[field]} months after the end on ${endDate})`,
      });
    }
  }
  return issues;
}
