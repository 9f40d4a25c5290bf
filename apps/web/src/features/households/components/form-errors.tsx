import { ErrorSummary } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';

/**
 * Field error texts for this feature's forms: `households.validation.<field>.<code>`, then the shared texts per
 * code. `field` is the leaf name (`birthDate` for `members.1.birthDate`), so member fields share their texts.
 */
export function useHouseholdFieldError() {
  const { t } = useTranslation();
  return useCallback(
    (field: string, error: FieldError | undefined): string | undefined => {
      if (!error) return undefined;
      const code = String(error.type);
      const leaf = field.split('.').pop() ?? field;
      return t([
        `households.validation.${leaf}.${code}`,
        `households.validation.${leaf}.any`,
        `errors.${code}`,
        `validation.generic.${code}`,
        'validation.generic.custom',
      ]);
    },
    [t],
  );
}

/** The DOM id of a field of a households form (`members.1.birthDate` → `household-members-1-birthDate`). */
export function householdFieldId(form: string, path: string): string {
  return `${form}-${path.replaceAll('.', '-')}`;
}

export interface SummaryItem {
  /** The field's DOM id, for the link. */
  id: string;
  text: string;
}

interface FormErrorListProps {
  items: readonly SummaryItem[];
  formError?: string | null;
}

/**
 * The error summary of a households form. Render it with `key={submitCount}`: Designsystemet's element takes
 * focus when it is mounted, so each failed submit brings the user to the list of what to fix.
 */
export function HouseholdErrorSummary({ items, formError }: FormErrorListProps) {
  const { t } = useTranslation();
  if (items.length === 0 && !formError) return null;
  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading level={2}>{t('forms.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {formError && <ErrorSummary.Item>{formError}</ErrorSummary.Item>}
        {items.map((item) => (
          <ErrorSummary.Item key={item.id}>
            <ErrorSummary.Link href={`#${item.id}`}>{item.text}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** A form-level error text: this feature's codes first (`households.errors.<CODE>`), then the shared ones. */
export function useHouseholdErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) =>
      isApiError(error)
        ? t([`households.errors.${error.code}`, `errors.${error.code}`, 'errors.unknown'])
        : errorMessage(t, error),
    [t],
  );
}
