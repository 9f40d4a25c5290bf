import { CommonErrorCode } from '@ankomst/contracts';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-client';

/**
 * The save of a small versioned form in a participant-page section: clears the last outcome, runs the save and
 * shows its success text; a stale version remembers the version the form was based on (to show the reload alert
 * while that version is on screen); `handle` may take other errors onto fields; the rest is a form-level error.
 */
export function useSectionSave(errorMessage: (error: unknown) => string) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [staleAt, setStaleAt] = useState<number | null | undefined>(undefined);
  const save = async (
    version: number | null,
    run: () => Promise<string>,
    handle: (error: unknown) => boolean = () => false,
  ): Promise<void> => {
    setFormError(null);
    setSaved(null);
    try {
      setSaved(await run());
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) setStaleAt(version);
      else if (!handle(error)) setFormError(errorMessage(error));
    }
  };
  return { formError, saved, staleAt, save };
}
