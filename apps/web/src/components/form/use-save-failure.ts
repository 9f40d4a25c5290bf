import { CommonErrorCode } from '@ankomst/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api-client';

/**
 * What a failed save of a versioned record shows: a stale version is remembered against the version the form was
 * based on (the reload alert shows while that version is on screen); `handle` may take other errors onto fields;
 * the rest is a form-level error. Shared by the participant page's small forms and the staff pickers.
 */
export function useSaveFailure(errorMessage: (error: unknown) => string) {
  const [formError, setFormError] = useState<string | null>(null);
  const [staleAt, setStaleAt] = useState<number | null | undefined>(undefined);
  const fail = (error: unknown, version: number | null, handle: (error: unknown) => boolean = () => false) => {
    if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) setStaleAt(version);
    else if (!handle(error)) setFormError(errorMessage(error));
  };
  return { formError, staleAt, fail, reset: () => setFormError(null) };
}
