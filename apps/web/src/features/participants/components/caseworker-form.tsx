import { PersonFactsSchema, VersionSchema, type Person } from '@ankomst/contracts';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  LiveAlert,
  SelectField,
  StaffPickerErrors,
  useFeatureErrorMessage,
  useFeatureFieldError,
  useStaffPickerSave,
} from '../../../components/form';
import { nullIfEmpty } from '../../../lib/form-values';
import { staffOptions } from '../../../lib/staff-options';
import { caseworkerCandidatesQueryOptions, useUpdatePerson } from '../api/participants';

const FORM = 'caseworker';
/** The one fact this form changes, with the version it was based on. */
const CaseworkerBodySchema = PersonFactsSchema.pick({ caseworkerId: true }).extend({ version: VersionSchema });
type CaseworkerInput = z.input<typeof CaseworkerBodySchema>;
type CaseworkerBody = z.output<typeof CaseworkerBodySchema>;

interface CaseworkerSectionProps {
  person: Person;
  onReload: () => void;
}

/**
 * "Saksbehandler": who owns the person's case, chosen among the municipality's active consultants. The change is
 * audited and shows in the participant's timeline; the new caseworker sees the person in their own caseload.
 */
export function CaseworkerSection({ person, onReload }: CaseworkerSectionProps) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('participants', { featureErrorCodes: true });
  const errorMessage = useFeatureErrorMessage('participants');
  const candidates = useQuery(caseworkerCandidatesQueryOptions(person.id));
  const updatePerson = useUpdatePerson(person.id);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<CaseworkerInput, unknown, CaseworkerBody>({
    resolver: zodResolver(CaseworkerBodySchema),
    values: { caseworkerId: person.caseworker?.id ?? null, version: person.version },
    resetOptions: { keepDirtyValues: true },
    shouldFocusError: false,
  });
  const save = useStaffPickerSave({ field: 'caseworkerId', version: person.version, setError, errorMessage });

  const onSubmit = handleSubmit(async (body) => {
    save.reset();
    setSaved(null);
    try {
      const after = await updatePerson.mutateAsync({ ...body, version: person.version });
      setSaved(
        after.caseworker
          ? t('participants.caseworker.saved', { name: after.caseworker.name })
          : t('participants.caseworker.removed'),
      );
    } catch (error) {
      save.fail(error);
    }
  });

  // The current caseworker stays choosable even if they are no longer an active consultant.
  const options = staffOptions(candidates.data?.items, {
    current: person.caseworker,
    first: { value: '', label: t('participants.caseworker.none') },
  });
  const error = fieldError('caseworkerId', errors.caseworkerId);

  return (
    <section aria-labelledby="participant-caseworker-heading" className="stack">
      <Heading level={2} data-size="sm" id="participant-caseworker-heading">
        {t('participants.caseworker.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('participants.caseworker.intro')}</Paragraph>
      <StaffPickerErrors
        form={FORM}
        field="caseworkerId"
        error={error}
        formError={save.formError ?? (candidates.isError ? errorMessage(candidates.error) : null)}
        submitCount={submitCount}
        stale={save.stale}
        staleMessage={t('participants.edit.stale')}
        reloadLabel={t('participants.edit.reload')}
        onReload={onReload}
      />
      <form onSubmit={onSubmit} noValidate className="search-row">
        <SelectField
          id={fieldDomId(FORM, 'caseworkerId')}
          label={t('participants.fields.caseworker')}
          options={options}
          error={error}
          aria-busy={candidates.isPending}
          {...register('caseworkerId', { setValueAs: nullIfEmpty })}
        />
        <div>
          <Button
            type="submit"
            loading={updatePerson.isPending}
            disabled={updatePerson.isPending || candidates.isPending}
          >
            {t('participants.caseworker.submit')}
          </Button>
        </div>
      </form>
      <LiveAlert text={saved} color="success" />
    </section>
  );
}
