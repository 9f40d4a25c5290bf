import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@ankomst/regimes';

const OSLO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Norway (`YYYY-MM-DD`) at an instant: legal dates follow Norwegian time, not the server's. */
export function osloDate(instant: Date): IsoDate {
  return OSLO_DATE.format(instant);
}

/**
 * The one source of "today" for the API: the calendar date in Norway. Services pass it to the rules engine as
 * `asOf` (the engine never reads the clock). Tests fix it with
 * `jest.spyOn(app.app.get(Clock), 'today').mockReturnValue('2025-01-10')`.
 */
@Injectable()
export class Clock {
  today(): IsoDate {
    return osloDate(new Date());
  }
}
