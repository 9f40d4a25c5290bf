import { UpdateCareFactsBodySchema, type CareFacts } from '@ankomst/contracts';
import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  FormErrorList,
  LiveAlert,
  StaleVersionAlert,
  useFeatureErrorMessage,
  useFeatureFieldError,
} from '../../../components/form';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { careFactsQueryKey, careFactsQueryOptions, useUpdateCareFacts } from '../api/care-facts';
import { useSectionSave } from './use-section-save';

const FORM = 'care-facts';
/** The form edits the facts; the version comes from the loaded record. */
const CareFactsFormSchema = UpdateCareFactsBodySchema.omit({ version: true });
type CareFactsInput = z.input<typeof CareFactsFormSchema>;
type CareFactsBody = z.output<typeof CareFactsFormSchema>;

/** "" is "take the number from the household" (null); anything else must be a whole number. */
const childrenValue = (value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? null : Number(value.trim())) : value;

/**
 * "Omsorg for barn": the participant's care situation, which decides the child-illness quota (children under 12,
 * sole carer, a chronically ill or disabled child). Special-category family data: the section is for consultants,
 * and the API answers no one else.
 */
export function CareFactsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const facts = useQuery(careFactsQueryOptions(personId));
  return (
    <section aria-labelledby="participant-care-heading" className="stack">
      <Heading level={2} data-size="sm" id="participant-care-heading">
        {t('participants.care.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('participants.care.intro')}</Paragraph>
      {facts.isPending && <LoadingIndicator />}
      {facts.data && <CareFactsForm facts={facts.data} />}
      {facts.isError && <FormErrorList items={[]} formError={t('participants.care.loadFailed')} headingLevel={3} />}
    </section>
  );
}

function CareFactsForm({ facts }: { facts: CareFacts }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFeatureFieldError('participants');
  const errorMessage = useFeatureErrorMessage('participants');
  const update = useUpdateCareFacts(facts.personId);
  const { formError, saved, staleAt, save } = useSectionSave(errorMessage);
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<CareFactsInput, unknown, CareFactsBody>({
    resolver: zodResolver(CareFactsFormSchema),
    values: {
      childrenUnder12: facts.childrenUnder12,
      soleCarer: facts.soleCarer,
      chronicallyIllChild: facts.chronicallyIllChild,
    },
    resetOptions: { keepDirtyValues: true },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit((body) =>
    save(facts.version, async () => {
      const after = await update.mutateAsync({ ...body, version: facts.version });
      return after.childIllnessQuota === null
        ? t('participants.care.saved')
        : t('participants.care.savedWithQuota', { days: after.childIllnessQuota });
    }),
  );

  const childrenError = fieldError('childrenUnder12', errors.childrenUnder12);
  const childrenId = fieldDomId(FORM, 'childrenUnder12');
  return (
    <>
      <Paragraph data-size="sm" data-testid="care-facts-status">
        {facts.recorded
          ? t('participants.care.recorded')
          : t('participants.care.notRecorded', { count: facts.childrenUnder12InHousehold })}{' '}
        {facts.childIllnessQuota !== null && t('participants.care.quota', { days: facts.childIllnessQuota })}
      </Paragraph>
      {staleAt === facts.version && (
        <StaleVersionAlert
          message={t('participants.care.stale')}
          reloadLabel={t('participants.edit.reload')}
          onReload={() => void queryClient.invalidateQueries({ queryKey: careFactsQueryKey(facts.personId) })}
        />
      )}
      <FormErrorList
        key={submitCount}
        items={childrenError ? [{ id: childrenId, text: childrenError }] : []}
        formError={formError}
        headingLevel={3}
      />
      <form onSubmit={onSubmit} noValidate className="stack">
        <Textfield
          id={childrenId}
          inputMode="numeric"
          label={t('participants.care.childrenUnder12')}
          description={t('participants.care.childrenUnder12Hint', { count: facts.childrenUnder12InHousehold })}
          error={childrenError}
          {...register('childrenUnder12', { setValueAs: childrenValue })}
        />
        <Fieldset>
          <Fieldset.Legend>{t('participants.care.situation')}</Fieldset.Legend>
          <Checkbox
            id={fieldDomId(FORM, 'soleCarer')}
            label={t('participants.care.soleCarer')}
            {...register('soleCarer')}
          />
          <Checkbox
            id={fieldDomId(FORM, 'chronicallyIllChild')}
            label={t('participants.care.chronicallyIllChild')}
            {...register('chronicallyIllChild')}
          />
          {(errors.soleCarer || errors.chronicallyIllChild) && (
            <ValidationMessage>{t('participants.validation.careSituation.any')}</ValidationMessage>
          )}
        </Fieldset>
        <div>
          <Button type="submit" loading={update.isPending} disabled={update.isPending}>
            {t('participants.care.submit')}
          </Button>
        </div>
      </form>
      <LiveAlert text={saved} color="success" />
    </>
  );
}
