import { useState } from 'react';
import { useSaveFailure } from '../../../components/form';

/**
 * The save of a small versioned form in a participant-page section: clears the last outcome, runs the save and
 * shows its success text; a failure is shown as `useSaveFailure` decides (stale version, field, or form error).
 */
export function useSectionSave(errorMessage: (error: unknown) => string) {
  const failure = useSaveFailure(errorMessage);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (
    version: number | null,
    run: () => Promise<string>,
    handle?: (error: unknown) => boolean,
  ): Promise<void> => {
    failure.reset();
    setSaved(null);
    try {
      setSaved(await run());
    } catch (error) {
      failure.fail(error, version, handle);
    }
  };
  return { formError: failure.formError, saved, staleAt: failure.staleAt, save };
}
