import {
  CEFR_LEVELS,
  CefrLevelSchema,
  CommonErrorCode,
  HandoverNoteSchema,
  IsoDateSchema,
  SharingBasisSchema,
  type Handover,
  type HandoverNote,
} from '@ankomst/contracts';
import {
  Button,
  ErrorSummary,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LiveAlert } from '../../../components/form';
import { isApiError } from '../../../lib/api-error';
import { navOfficesQueryOptions, useHandoverTransition, useUpdateHandover } from '../api/handovers';
import { formatDate, handoverErrorText, handoverFieldError } from './texts';

/** The contract's note, with empty choices allowed in the form (they are sent as null). */
const NoteFormSchema = HandoverNoteSchema.extend({
  norwegianLevel: z.union([z.literal(''), CefrLevelSchema]).nullable(),
  sharingBasis: z.union([z.literal(''), SharingBasisSchema]).nullable(),
  consentDate: z.union([z.literal(''), IsoDateSchema]).nullable(),
  navOfficeId: z.string().nullable(),
});
type NoteFormValues = z.infer<typeof NoteFormSchema>;

const TEXT_FIELDS = [
  'goalStatus',
  'workExperience',
  'workPracticeResults',
  'recommendedMeasures',
  'participantWishes',
] as const;
const FIELDS = [...TEXT_FIELDS, 'norwegianLevel', 'sharingBasis', 'consentDate', 'navOfficeId'] as const;
const fieldId = (field: string) => `handoverNote-${field}`;

function toNote(values: NoteFormValues): HandoverNote {
  const text = (v: string | null) => (v && v.trim() ? v.trim() : null);
  return {
    goalStatus: text(values.goalStatus),
    workExperience: text(values.workExperience),
    workPracticeResults: text(values.workPracticeResults),
    recommendedMeasures: text(values.recommendedMeasures),
    participantWishes: text(values.participantWishes),
    norwegianLevel: values.norwegianLevel || null,
    sharingBasis: values.sharingBasis || null,
    consentDate: values.sharingBasis === 'CONSENT' ? values.consentDate || null : null,
    navOfficeId: values.navOfficeId || null,
  };
}

/** The consultant's draft: save it, or save and send it to the chosen Nav office. */
export function HandoverNoteForm({
  handover,
  onSubmitted,
}: {
  handover: Handover;
  onSubmitted?: (h: Handover) => void;
}) {
  const { t, i18n } = useTranslation();
  const offices = useQuery(navOfficesQueryOptions());
  const update = useUpdateHandover();
  const transition = useHandoverTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, submitCount },
  } = useForm<NoteFormValues>({
    resolver: zodResolver(NoteFormSchema),
    defaultValues: {
      goalStatus: handover.goalStatus ?? '',
      workExperience: handover.workExperience ?? '',
      workPracticeResults: handover.workPracticeResults ?? '',
      recommendedMeasures: handover.recommendedMeasures ?? '',
      participantWishes: handover.participantWishes ?? '',
      norwegianLevel: handover.norwegianLevel ?? '',
      sharingBasis: handover.sharingBasis ?? '',
      consentDate: handover.consentDate ?? '',
      navOfficeId: handover.navOfficeId ?? '',
    },
    shouldFocusError: false,
  });
  const basis = watch('sharingBasis');
  const fieldError = (field: (typeof FIELDS)[number]) => handoverFieldError(t, field, errors[field]);

  const showApiError = (error: unknown) => {
    if (isApiError(error) && error.code === CommonErrorCode.VALIDATION_FAILED && error.issues.length > 0) {
      for (const issue of error.issues) {
        const name = issue.path.split('.')[0] as (typeof FIELDS)[number];
        if ((FIELDS as readonly string[]).includes(name)) setError(name, { type: issue.code, message: issue.message });
      }
      setFormError(t('handovers.note.notReady'));
      return;
    }
    setFormError(handoverErrorText(t, error));
  };

  const save = (andSubmit: boolean) =>
    handleSubmit(async (values) => {
      setFormError(null);
      setNotice(null);
      try {
        const saved = await update.mutateAsync({
          handoverId: handover.id,
          body: { ...toNote(values), version: handover.version },
        });
        if (!andSubmit) {
          setNotice(t('handovers.note.saved'));
          return;
        }
        const submitted = await transition.mutateAsync({
          handoverId: handover.id,
          action: 'SUBMIT',
          version: saved.version,
        });
        onSubmitted?.(submitted);
      } catch (error) {
        showApiError(error);
      }
    });

  const summary = FIELDS.flatMap((f) => (errors[f] ? [{ f, text: fieldError(f) }] : []));
  const busy = update.isPending || transition.isPending;

  return (
    <form noValidate className="stack" onSubmit={(e) => void save(false)(e)}>
      {(summary.length > 0 || formError) && (
        <ErrorSummary key={submitCount}>
          <ErrorSummary.Heading level={2}>{t('forms.errorSummaryHeading')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {formError && <ErrorSummary.Item>{formError}</ErrorSummary.Item>}
            {summary.map(({ f, text }) => (
              <ErrorSummary.Item key={f}>
                <ErrorSummary.Link href={`#${fieldId(f)}`}>{text}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <LiveAlert text={notice} color="success" />

      <Paragraph data-size="sm">
        {t('handovers.note.fromData', {
          endGoal: handover.endGoal
            ? t(`handovers.endGoal.${handover.endGoal}`, { defaultValue: handover.endGoal })
            : t('handovers.note.unknown'),
          levels: handover.latestLevels.length
            ? handover.latestLevels
                .map(
                  (l) =>
                    `${t(`handovers.skill.${l.skill}`)} ${t(`handovers.level.${l.level}`)} (${formatDate(l.assessedOn, i18n.language)})`,
                )
                .join(', ')
            : t('handovers.note.noLevels'),
        })}
      </Paragraph>

      <Textfield
        id={fieldId('goalStatus')}
        multiline
        rows={3}
        label={t('handovers.note.goalStatus')}
        error={fieldError('goalStatus')}
        {...register('goalStatus')}
      />
      <Field>
        <Label htmlFor={fieldId('norwegianLevel')}>{t('handovers.note.norwegianLevel')}</Label>
        <Select id={fieldId('norwegianLevel')} aria-invalid={!!errors.norwegianLevel} {...register('norwegianLevel')}>
          <Select.Option value="">{t('handovers.note.chooseLevel')}</Select.Option>
          {CEFR_LEVELS.map((l) => (
            <Select.Option key={l} value={l}>
              {t(`handovers.level.${l}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        id={fieldId('workExperience')}
        multiline
        rows={3}
        label={t('handovers.note.workExperience')}
        error={fieldError('workExperience')}
        {...register('workExperience')}
      />
      <Textfield
        id={fieldId('workPracticeResults')}
        multiline
        rows={3}
        label={t('handovers.note.workPracticeResults')}
        error={fieldError('workPracticeResults')}
        {...register('workPracticeResults')}
      />
      <Textfield
        id={fieldId('recommendedMeasures')}
        multiline
        rows={3}
        label={t('handovers.note.recommendedMeasures')}
        error={fieldError('recommendedMeasures')}
        {...register('recommendedMeasures')}
      />
      <Textfield
        id={fieldId('participantWishes')}
        multiline
        rows={3}
        label={t('handovers.note.participantWishes')}
        error={fieldError('participantWishes')}
        {...register('participantWishes')}
      />

      <Fieldset id={fieldId('sharingBasis')}>
        <Fieldset.Legend>{t('handovers.note.sharingBasis')}</Fieldset.Legend>
        <Fieldset.Description>{t('handovers.note.sharingBasisHelp')}</Fieldset.Description>
        <Radio
          label={t('handovers.basis.INTEGRATION_ACT_SECTION_42')}
          value="INTEGRATION_ACT_SECTION_42"
          {...register('sharingBasis')}
        />
        <Radio label={t('handovers.basis.CONSENT')} value="CONSENT" {...register('sharingBasis')} />
        {errors.sharingBasis && <ValidationMessage>{fieldError('sharingBasis')}</ValidationMessage>}
      </Fieldset>
      {basis === 'CONSENT' && (
        <Textfield
          id={fieldId('consentDate')}
          type="date"
          label={t('handovers.note.consentDate')}
          error={fieldError('consentDate')}
          {...register('consentDate')}
        />
      )}
      <Field>
        <Label htmlFor={fieldId('navOfficeId')}>{t('handovers.note.navOffice')}</Label>
        <Select id={fieldId('navOfficeId')} aria-invalid={!!errors.navOfficeId} {...register('navOfficeId')}>
          <Select.Option value="">{t('handovers.note.chooseOffice')}</Select.Option>
          {offices.data?.items.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {o.name}
            </Select.Option>
          ))}
        </Select>
        {errors.navOfficeId && <ValidationMessage>{fieldError('navOfficeId')}</ValidationMessage>}
      </Field>

      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t('handovers.note.save')}
        </Button>
        <Button type="button" disabled={busy} onClick={(e) => void save(true)(e)}>
          {t('handovers.note.submit')}
        </Button>
      </div>
    </form>
  );
}
