import {
  CommonErrorCode,
  HousingTypeSchema,
  SettlementTransitionBodySchema,
  type Household,
  type SettlementStatus,
  type SettlementTransitionBody,
} from '@ankomst/contracts';
import {
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  FormActions,
  FormErrorList,
  SelectField,
  StaleVersionAlert,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { isApiError } from '../../../lib/api-client';
import { useSettlementTransition } from '../api/households';
import { todayIso } from './format';
import { nullIfEmpty } from './household-form-values';

const FORM = 'settlement-step';
type StepInput = z.input<typeof SettlementTransitionBodySchema>;
const STEP_FIELDS = ['effectiveDate', 'housingType', 'schoolPlaces', 'kindergartenPlaces', 'note'] as const;

interface SettlementStepsProps {
  household: Household;
  onMoved: (household: Household, to: SettlementStatus) => void;
  onReload: () => void;
}

/** The next allowed settlement steps as buttons; choosing one opens its form (legal date, housing when settling). */
export function SettlementSteps({ household, onMoved, onReload }: SettlementStepsProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<SettlementStatus | null>(null);
  if (household.nextStatuses.length === 0) {
    return (
      <section aria-labelledby="household-next-heading" className="stack">
        <Heading level={2} data-size="sm" id="household-next-heading">
          {t('households.steps.heading')}
        </Heading>
        <Paragraph>{t('households.steps.none')}</Paragraph>
      </section>
    );
  }
  return (
    <section aria-labelledby="household-next-heading" className="stack">
      <Heading level={2} data-size="sm" id="household-next-heading">
        {t('households.steps.heading')}
      </Heading>
      <div className="button-row">
        {household.nextStatuses.map((to) => (
          <Button
            key={to}
            type="button"
            variant={chosen === to ? 'primary' : 'secondary'}
            aria-expanded={chosen === to}
            aria-controls={chosen === to ? `${FORM}-form` : undefined}
            onClick={() => setChosen(chosen === to ? null : to)}
          >
            {t(`households.steps.action.${to}`)}
          </Button>
        ))}
      </div>
      {chosen && (
        <SettlementStepForm
          key={`${chosen}-${household.version}`}
          household={household}
          to={chosen}
          onDone={(saved) => {
            setChosen(null);
            onMoved(saved, chosen);
          }}
          onCancel={() => setChosen(null)}
          onReload={onReload}
        />
      )}
    </section>
  );
}

interface SettlementStepFormProps {
  household: Household;
  to: SettlementStatus;
  onDone: (household: Household) => void;
  onCancel: () => void;
  onReload: () => void;
}

function SettlementStepForm({ household, to, onDone, onCancel, onReload }: SettlementStepFormProps) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('households');
  const errorMessage = useFeatureErrorMessage('households');
  const transition = useSettlementTransition(household.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const settling = to === 'SETTLED';
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<StepInput, unknown, SettlementTransitionBody>({
    resolver: zodResolver(SettlementTransitionBodySchema),
    defaultValues: {
      to,
      version: household.version,
      effectiveDate: todayIso(),
      note: null,
      ...(settling
        ? {
            housingType: household.housingType ?? null,
            schoolPlaces: household.schoolPlaces,
            kindergartenPlaces: household.kindergartenPlaces,
          }
        : {}),
    },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      onDone(await transition.mutateAsync(body));
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) {
        setStale(true);
        return;
      }
      if (isApiError(error) && error.code === CommonErrorCode.VALIDATION_FAILED) {
        const mapped = error.issues.filter((i) => (STEP_FIELDS as readonly string[]).includes(i.path));
        for (const issue of mapped) setError(issue.path as Path<StepInput>, { type: issue.code });
        if (mapped.length === error.issues.length && mapped.length > 0) return;
      }
      setFormError(errorMessage(error));
    }
  });

  const summary: SummaryItem[] = STEP_FIELDS.flatMap((field) => {
    const text = fieldError(field, errors[field]);
    return text ? [{ id: fieldDomId(FORM, field), text }] : [];
  });

  return (
    <form
      id={`${FORM}-form`}
      onSubmit={onSubmit}
      noValidate
      className="stack settlement-step-form"
      aria-labelledby={`${FORM}-heading`}
    >
      <Heading level={3} data-size="xs" id={`${FORM}-heading`}>
        {t(`households.steps.action.${to}`)}
      </Heading>
      {stale && (
        <StaleVersionAlert
          message={t('errors.STALE_VERSION')}
          reloadLabel={t('households.steps.reload')}
          onReload={onReload}
        />
      )}
      <FormErrorList key={submitCount} items={summary} formError={formError} />
      <Textfield
        id={fieldDomId(FORM, 'effectiveDate')}
        type="date"
        label={t(`households.steps.dateLabel.${to}`)}
        error={fieldError('effectiveDate', errors.effectiveDate)}
        {...register('effectiveDate')}
      />
      {settling && (
        <>
          <SelectField
            id={fieldDomId(FORM, 'housingType')}
            label={t('households.fields.housingType')}
            options={[
              { value: '', label: t('households.form.choose') },
              ...HousingTypeSchema.options.map((h) => ({ value: h, label: t(`households.housing.${h}`) })),
            ]}
            error={fieldError('housingType', errors.housingType)}
            {...register('housingType', { setValueAs: nullIfEmpty })}
          />
          <div className="form-grid">
            <Textfield
              id={fieldDomId(FORM, 'schoolPlaces')}
              type="number"
              min={0}
              label={t('households.fields.schoolPlaces')}
              error={fieldError('schoolPlaces', errors.schoolPlaces)}
              {...register('schoolPlaces', { valueAsNumber: true })}
            />
            <Textfield
              id={fieldDomId(FORM, 'kindergartenPlaces')}
              type="number"
              min={0}
              label={t('households.fields.kindergartenPlaces')}
              error={fieldError('kindergartenPlaces', errors.kindergartenPlaces)}
              {...register('kindergartenPlaces', { valueAsNumber: true })}
            />
          </div>
        </>
      )}
      <Field>
        <Label htmlFor={fieldDomId(FORM, 'note')}>{t('households.steps.note')}</Label>
        <Textarea id={fieldDomId(FORM, 'note')} rows={2} {...register('note', { setValueAs: nullIfEmpty })} />
        {errors.note && <ValidationMessage>{fieldError('note', errors.note)}</ValidationMessage>}
      </Field>
      <FormActions
        submitLabel={t(`households.steps.confirm.${to}`)}
        pending={transition.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
