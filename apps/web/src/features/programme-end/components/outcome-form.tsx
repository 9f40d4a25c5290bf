import {
  EndStatusSchema,
  PutProgrammeOutcomeBodySchema,
  type ProgrammeOutcome,
  type ProgrammeOutcomeView,
  type PutProgrammeOutcomeBody,
} from '@ankomst/contracts';
import { Button, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorList, LiveAlert, SelectField } from '../../../components/form';
import { usePutOutcome } from '../api/programme-end';
import { emptyToNull, useFormErrors } from './use-form-errors';

type Input = z.input<typeof PutProgrammeOutcomeBodySchema>;
const FIELDS = ['endStatus', 'endGoalReached', 'followUp6Status', 'followUp12Status'] as const;

function valuesOf(outcome: ProgrammeOutcome): Input {
  const { endStatus, endGoalReached, followUp6Status, followUp12Status } = outcome;
  return { endStatus, endGoalReached, followUp6Status, followUp12Status };
}

/** Status at the end, end goal reached, and the 6- and 12-month follow-ups (the API checks their dates). */
export function OutcomeForm({ view, canWrite }: { view: ProgrammeOutcomeView; canWrite: boolean }) {
  const { t } = useTranslation();
  const put = usePutOutcome(view.programmeId);
  const [saved, setSaved] = useState<string | null>(null);
  const methods = useForm<Input, unknown, PutProgrammeOutcomeBody>({
    resolver: zodResolver(PutProgrammeOutcomeBodySchema),
    defaultValues: view.outcome
      ? valuesOf(view.outcome)
      : { endGoalReached: false, followUp6Status: null, followUp12Status: null },
  });
  const { register, handleSubmit, formState } = methods;
  const kit = useFormErrors<Input>('programmeEnd-outcome', methods, FIELDS);
  const statusOptions = (empty: string) => [
    { value: '', label: empty },
    ...EndStatusSchema.options.map((s) => ({ value: s, label: t(`programmeEnd.endStatus.${s}`) })),
  ];

  const onSubmit = handleSubmit(async (body) => {
    kit.clear();
    setSaved(null);
    try {
      const { outcome } = await put.mutateAsync(body);
      if (outcome) methods.reset(valuesOf(outcome));
      setSaved(t('programmeEnd.outcome.saved'));
    } catch (e) {
      kit.fail(e);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-labelledby="programme-end-outcome-heading">
      <h3 id="programme-end-outcome-heading">{t('programmeEnd.outcome.heading')}</h3>
      <FormErrorList key={formState.submitCount} items={kit.summary} formError={kit.formError} headingLevel={3} />
      <SelectField
        id={kit.id('endStatus')}
        label={t('programmeEnd.fields.endStatus')}
        options={statusOptions(t('programmeEnd.choose'))}
        error={kit.error('endStatus')}
        disabled={!canWrite}
        {...register('endStatus', { setValueAs: emptyToNull })}
      />
      <Checkbox
        id={kit.id('endGoalReached')}
        label={t('programmeEnd.fields.endGoalReached')}
        disabled={!canWrite}
        {...register('endGoalReached')}
      />
      <SelectField
        id={kit.id('followUp6Status')}
        label={t('programmeEnd.fields.followUp6Status')}
        options={statusOptions(t('programmeEnd.notRecorded'))}
        error={kit.error('followUp6Status')}
        disabled={!canWrite}
        aria-describedby="programme-end-follow-up-6-hint"
        {...register('followUp6Status', { setValueAs: emptyToNull })}
      />
      <Paragraph data-size="sm" id="programme-end-follow-up-6-hint">
        {view.followUp6From
          ? t('programmeEnd.outcome.followUpFrom', { date: view.followUp6From })
          : t('programmeEnd.outcome.noEndDate')}
      </Paragraph>
      <SelectField
        id={kit.id('followUp12Status')}
        label={t('programmeEnd.fields.followUp12Status')}
        options={statusOptions(t('programmeEnd.notRecorded'))}
        error={kit.error('followUp12Status')}
        disabled={!canWrite}
        aria-describedby="programme-end-follow-up-12-hint"
        {...register('followUp12Status', { setValueAs: emptyToNull })}
      />
      <Paragraph data-size="sm" id="programme-end-follow-up-12-hint">
        {view.followUp12From
          ? t('programmeEnd.outcome.followUpFrom', { date: view.followUp12From })
          : t('programmeEnd.outcome.noEndDate')}
      </Paragraph>
      {canWrite && (
        <div>
          <Button type="submit" loading={put.isPending} disabled={put.isPending}>
            {t('programmeEnd.outcome.save')}
          </Button>
        </div>
      )}
      <LiveAlert text={saved} color="success" />
    </form>
  );
}
