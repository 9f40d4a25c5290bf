import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';
import { errorMessage } from '../../lib/error-messages';

/** The DOM id of a field of a feature's form (`members.1.birthDate` → `household-members-1-birthDate`). */
export function fieldDomId(form: string, path: string): string {
  return `${form}-${path.replaceAll('.', '-')}`;
}

interface FeatureFieldErrorOptions {
  /** Also look up the error code among the feature's own error texts (`<feature>.errors.<code>`). */
  featureErrorCodes?: boolean;
}

/**
 * Field error texts for a feature's forms: `<feature>.validation.<leaf>.<code>`, `<feature>.validation.<leaf>.any`,
 * then the shared texts per code. `field` may be a path; only its leaf (`birthDate` of `members.1.birthDate`) is
 * looked up, so repeated rows share their texts.
 */
export function useFeatureFieldError(feature: string, { featureErrorCodes = false }: FeatureFieldErrorOptions = {}) {
  const { t } = useTranslation();
  return useCallback(
    (field: string, error: FieldError | undefined): string | undefined => {
      if (!error) return undefined;
      const code = String(error.type);
      const leaf = field.split('.').pop() ?? field;
      return t([
        `${feature}.validation.${leaf}.${code}`,
        `${feature}.validation.${leaf}.any`,
        ...(featureErrorCodes ? [`${feature}.errors.${code}`] : []),
        `errors.${code}`,
        `validation.generic.${code}`,
        'validation.generic.custom',
      ]);
    },
    [t, feature, featureErrorCodes],
  );
}

/** A form-level error text: the feature's codes first (`<feature>.errors.<CODE>`), then the shared ones. */
export function useFeatureErrorMessage(feature: string) {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) =>
      isApiError(error)
        ? t([`${feature}.errors.${error.code}`, `errors.${error.code}`, 'errors.unknown'])
        : errorMessage(t, error),
    [t, feature],
  );
}
