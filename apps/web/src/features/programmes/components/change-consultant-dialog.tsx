import { ChangeProgrammeConsultantBodySchema, type Programme } from '@ankomst/contracts';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  SelectField,
  StaffPickerErrors,
  useFeatureErrorMessage,
  useFeatureFieldError,
  useStaffPickerSave,
} from '../../../components/form';
import { FormDialog } from '../../../components/form-dialog';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { staffOptions } from '../../../lib/staff-options';
import { consultantCandidatesQueryOptions, useUpdateProgramme } from '../api/programmes';
import { nullIfEmpty } from './form-kit';

const FORM = 'change-consultant';
type ChangeConsultantInput = z.input<typeof ChangeProgrammeConsultantBodySchema>;
type ChangeConsultantBody = z.output<typeof ChangeProgrammeConsultantBodySchema>;

interface ChangeConsultantDialogProps {
  programme: Programme;
  open: boolean;
  onClose: () => void;
  /** After the change, with the new consultant's name (the section announces it). */
  onChanged: (name: string) => void;
  /** Fetches the programme again after someone else saved first. */
  onReload: () => void;
}

/**
 * "Bytt programrådgiver": moves the programme to another active consultant of the municipality (a colleague taking
 * over, or a manager rebalancing caseloads). The new consultant gets it in their caseload and a notice in their inbox.
 */
export function ChangeConsultantDialog({ programme, open, onClose, onChanged, onReload }: ChangeConsultantDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog open={open} heading={t('programmes.consultant.heading')} onClose={onClose}>
      {/* Keyed by the version: after a reload the form starts afresh from who holds the programme now. */}
      <ChangeConsultantForm
        key={programme.version}
        programme={programme}
        onCancel={onClose}
        onChanged={onChanged}
        onReload={onReload}
      />
    </FormDialog>
  );
}

function ChangeConsultantForm({
  programme: p,
  onCancel,
  onChanged,
  onReload,
}: {
  programme: Programme;
  onCancel: () => void;
  onChanged: (name: string) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('programmes', { featureErrorCodes: true });
  const errorMessage = useFeatureErrorMessage('programmes');
  const candidates = useQuery(consultantCandidatesQueryOptions(p.id));
  const update = useUpdateProgramme(p.personId, p.id);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<ChangeConsultantInput, unknown, ChangeConsultantBody>({
    resolver: zodResolver(ChangeProgrammeConsultantBodySchema),
    defaultValues: { consultantId: '', version: p.version },
    shouldFocusError: false,
  });
  const save = useStaffPickerSave({ field: 'consultantId', version: p.version, setError, errorMessage });

  const onSubmit = handleSubmit(async (body) => {
    save.reset();
    try {
      const after = await update.mutateAsync({ consultantId: body.consultantId, version: p.version });
      onChanged(after.consultant?.name ?? '');
    } catch (error) {
      save.fail(error);
    }
  });

  if (candidates.isPending) return <LoadingIndicator />;
  const options = staffOptions(candidates.data?.items, {
    first: { value: '', label: t('programmes.consultant.choose') },
    exclude: p.consultant?.id,
  });
  const error = fieldError('consultantId', errors.consultantId);
  const noneToChoose = candidates.isSuccess && options.length === 1;

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <Paragraph data-size="sm">
        {p.consultant
          ? t('programmes.consultant.current', { name: p.consultant.name })
          : t('programmes.consultant.currentNone')}{' '}
        {t('programmes.consultant.intro')}
      </Paragraph>
      <StaffPickerErrors
        form={FORM}
        field="consultantId"
        error={error}
        formError={save.formError ?? (candidates.isError ? errorMessage(candidates.error) : null)}
        submitCount={submitCount}
        stale={save.stale}
        staleMessage={t('programmes.consultant.stale')}
        reloadLabel={t('programmes.reload')}
        onReload={onReload}
      />
      {noneToChoose ? (
        <Paragraph>{t('programmes.consultant.noneToChoose')}</Paragraph>
      ) : (
        <SelectField
          id={fieldDomId(FORM, 'consultantId')}
          label={t('programmes.consultant.field')}
          options={options}
          error={error}
          {...register('consultantId', { setValueAs: nullIfEmpty })}
        />
      )}
      <div className="button-row">
        <Button type="submit" loading={update.isPending} disabled={update.isPending || noneToChoose}>
          {t('programmes.consultant.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('programmes.consultant.cancel')}
        </Button>
      </div>
    </form>
  );
}
