import { CommonErrorCode } from '@ankomst/contracts';
import { Button, ErrorSummary, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { forwardRef, useCallback, type SelectHTMLAttributes } from 'react';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-messages';

/** `''` from an empty input → null (optional dates and texts). */
export const nullIfEmpty = (value: unknown) => (value === '' || value === undefined ? null : value);

/** The DOM id of a field (`elements.1.kind` → `plan-elements-1-kind`). */
export const fieldDomId = (form: string, path: string) => `${form}-${path.replaceAll('.', '-')}`;

/** Field error texts: `programmes.validation.<leaf>.<code>`, then the shared texts per code. */
export function useProgrammeFieldError() {
  const { t } = useTranslation();
  return useCallback(
    (field: string, error: FieldError | undefined): string | undefined => {
      if (!error) return undefined;
      const code = String(error.type);
      const leaf = field.split('.').pop() ?? field;
      return t([
        `programmes.validation.${leaf}.${code}`,
        `programmes.validation.${leaf}.any`,
        `programmes.errors.${code}`,
        `errors.${code}`,
        `validation.generic.${code}`,
        'validation.generic.custom',
      ]);
    },
    [t],
  );
}

/** A form-level error: this feature's codes first, then the shared ones. */
export function useProgrammeErrorMessage() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) =>
      isApiError(error)
        ? t([`programmes.errors.${error.code}`, `errors.${error.code}`, 'errors.unknown'])
        : errorMessage(t, error),
    [t],
  );
}

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

export interface SummaryItem {
  id: string;
  text: string;
}

/** The error summary; render with `key={submitCount}` so it takes focus after each failed submit. */
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
  if (items.length === 0 && !formError) return null;
  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading level={3}>{t('forms.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {formError && <ErrorSummary.Item>{formError}</ErrorSummary.Item>}
        {items.map((item) => (
          <ErrorSummary.Item key={item.id}>
            <ErrorSummary.Link href={`#${item.id}`}>{item.text}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
      {onReload && (
        <Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
            {t('programmes.reload')}
          </Button>
        </Paragraph>
      )}
    </ErrorSummary>
  );
}

/** Whether an error is a stale version (someone else saved first). */
export const isStale = (error: unknown) => isApiError(error) && error.code === CommonErrorCode.STALE_VERSION;

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
}

/** A labelled native select (keyboard and screen-reader friendly). */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { id, label, options, error, ...props },
  ref,
) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} ref={ref} aria-invalid={error ? true : undefined} {...props}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
});
