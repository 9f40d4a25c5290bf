import { CommonErrorCode } from '@ankomst/contracts';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorList, type SummaryItem } from '../../../components/form';
import { isApiError } from '../../../lib/api-client';

/** `''` from an empty input → null (optional dates and texts). */
export const nullIfEmpty = (value: unknown) => (value === '' || value === undefined ? null : value);

/**
 * Puts an API error on the form: validation issues by path, domain codes on their field; returns the text to show
 * for the whole form when it could not be put on a field.
 */
export function applyError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  codeToField: Partial<Record<string, Path<T>>>,
  formText: (error: unknown) => string,
): string | null {
  if (!isApiError(error)) return formText(error);
  const field = codeToField[error.code];
  if (field) {
    setError(field, { type: error.code });
    return null;
  }
  if (error.code === CommonErrorCode.VALIDATION_FAILED && error.issues.length > 0) {
    let unmapped = false;
    for (const issue of error.issues) {
      if (fields.includes(issue.path.split('.')[0] ?? '')) setError(issue.path as Path<T>, { type: issue.code });
      else unmapped = true;
    }
    return unmapped ? formText(error) : null;
  }
  return formText(error);
}

/**
 * The error summary of a programme form (a heading level 3: the forms sit inside the programme section); after a
 * stale version it offers to reload. Render with `key={submitCount}` so it takes focus after each failed submit.
 */
export function FormErrors({
  items,
  formError,
  onReload,
}: {
  items: readonly SummaryItem[];
  formError?: string | null;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormErrorList items={items} formError={formError} headingLevel={3}>
      {onReload && (
        <Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
            {t('programmes.reload')}
          </Button>
        </Paragraph>
      )}
    </FormErrorList>
  );
}

/** Whether an error is a stale version (someone else saved first). */
export const isStale = (error: unknown) => isApiError(error) && error.code === CommonErrorCode.STALE_VERSION;
