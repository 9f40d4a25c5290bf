import type { ErrorOption } from 'react-hook-form';
import { isApiError } from '../../lib/api-client';
import { FormErrorList } from './error-list';
import { fieldDomId } from './feature-errors';
import { StaleVersionAlert } from './stale-version-alert';
import { useSaveFailure } from './use-save-failure';

/**
 * The save of a one-field staff form (the person's caseworker, the programme's consultant): a stale version shows
 * the reload alert while the loaded version is the one the form was based on; an issue on the field goes on the
 * field (e.g. "not an active consultant"); anything else is a form error (`useSaveFailure`).
 */
export function useStaffPickerSave<F extends string>({
  field,
  version,
  setError,
  errorMessage,
}: {
  field: F;
  /** The version the form saves against (the loaded record's). */
  version: number;
  setError: (name: F, error: ErrorOption) => void;
  errorMessage: (error: unknown) => string;
}) {
  const failure = useSaveFailure(errorMessage);
  const onField = (error: unknown) => {
    const issue = isApiError(error) ? error.issues.find((i) => i.path === field) : undefined;
    if (issue) setError(field, { type: issue.code });
    return issue !== undefined;
  };
  return {
    formError: failure.formError,
    stale: failure.staleAt === version,
    fail: (error: unknown) => failure.fail(error, version, onField),
    reset: failure.reset,
  };
}

interface StaffPickerErrorsProps {
  /** The form's and the field's names, for the link to the select (`fieldDomId(form, field)`). */
  form: string;
  field: string;
  /** The field's error text, if any. */
  error: string | undefined;
  formError: string | null;
  submitCount: number;
  stale: boolean;
  staleMessage: string;
  reloadLabel: string;
  onReload: () => void;
}

/** Above a staff form's select: the reload alert after a stale version, and the error summary (focused on submit). */
export function StaffPickerErrors({
  form,
  field,
  error,
  formError,
  submitCount,
  stale,
  staleMessage,
  reloadLabel,
  onReload,
}: StaffPickerErrorsProps) {
  return (
    <>
      {stale && <StaleVersionAlert message={staleMessage} reloadLabel={reloadLabel} onReload={onReload} />}
      <FormErrorList
        key={submitCount}
        items={error ? [{ id: fieldDomId(form, field), text: error }] : []}
        formError={formError}
        headingLevel={3}
      />
    </>
  );
}
