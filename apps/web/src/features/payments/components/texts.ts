import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';

/** A failed request's text: this feature's own text for its codes, else the shared one. */
export function paymentsErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  return t([`payments.errors.${error.code}`, `errors.${error.code}`, 'errors.unknown']);
}

const kroner = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 21693.33 → "21 693,33" */
export const formatKroner = (amount: number) => kroner.format(amount);

/** The current month, `YYYY-MM`, in Norway. */
export function currentMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .slice(0, 7);
}
