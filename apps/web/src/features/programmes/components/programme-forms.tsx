import {
  ChangeProgrammeStatusBodySchema,
  CreateExtensionBodySchema,
  CreateLeaveBodySchema,
  CreateProgrammeBodySchema,
  OverrideRegimeBodySchema,
  PROGRAMME_STATUS_TRANSITIONS,
  ProgrammeErrorCode,
  UpdateProgrammeBodySchema,
  type Programme,
} from '@ankomst/contracts';
import { Alert, Button, Checkbox, Details, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type FormEventHandler, type FormHTMLAttributes, type ReactNode } from 'react';
import { useForm, type FieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  SelectField,
  TextareaField,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { isApiError } from '../../../lib/api-client';
import {
  useAddExtension,
  useAddLeave,
  useChangeStatus,
  useCreateProgramme,
  useOverrideRegime,
  useReevaluateProgramme,
  useUpdateProgramme,
} from '../api/programmes';
import { applyError, FormErrors, isStale, nullIfEmpty } from './form-kit';

const END_GOALS = ['WORK', 'HIGHER_EDUCATION', 'COMPLETE_UPPER_SECONDARY', 'PRIMARY_OR_PART_UPPER_SECONDARY'] as const;
const REGIMES = ['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'] as const;

/** Shared wiring of one small form: field errors, the summary, API errors onto fields, success notice. */
function useFormKit<T extends FieldValues>(
  form: string,
  methods: Pick<UseFormReturn<T, unknown, FieldValues>, 'setError' | 'formState'>,
  fields: readonly string[],
) {
  const fieldError = useFeatureFieldError('programmes', { featureErrorCodes: true });
  const formText = useFeatureErrorMessage('programmes');
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const errors = methods.formState.errors as Record<string, FieldError | undefined>;
  const error = (field: string) => fieldError(field, errors[field]);
  const summary: SummaryItem[] = fields.flatMap((f) => {
    const text = error(f);
    return text ? [{ id: fieldDomId(form, f), text }] : [];
  });
  const fail = (e: unknown, codeToField: Partial<Record<string, Path<T>>> = {}) => {
    setStale(isStale(e));
    setFormError(applyError<T>(e, methods.setError, fields, codeToField, formText));
  };
  const reset = () => {
    setFormError(null);
    setStale(false);
  };
  return { error, summary, formError, stale, fail, reset, id: (f: string) => fieldDomId(form, f) };
}

interface ProgrammeFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  kit: Pick<ReturnType<typeof useFormKit>, 'summary' | 'formError' | 'stale'>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitCount: number;
  /** Offered in the error summary after a stale version. */
  onReload?: () => void;
  /** What the summary shows for the whole form (defaults to the kit's form error). */
  formError?: string | null;
  /** Shown above the error summary. */
  intro?: ReactNode;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
}

/** The frame of every programme form: intro, error summary (with reload after a stale version), fields, submit. */
function ProgrammeForm({
  kit,
  onSubmit,
  submitCount,
  onReload,
  formError = kit.formError,
  intro,
  submitLabel,
  pending,
  children,
  ...formProps
}: ProgrammeFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate className="stack" {...formProps}>
      {intro}
      <FormErrors
        key={submitCount}
        items={kit.summary}
        formError={formError}
        onReload={onReload && kit.stale ? onReload : undefined}
      />
      {children}
      <div>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** The three facts about the participant's situation that the engine takes from the form. */
function SituationCheckboxes({ kit, register }: { kit: Kit; register: RegisterLike }) {
  const { t } = useTranslation();
  return (
    <div className="programme-form-grid">
      {(['settledByAgreement', 'livesWithParents', 'childlessCoupleBothParticipating'] as const).map((field) => (
        <Checkbox key={field} id={kit.id(field)} label={t(`programmes.fields.${field}`)} {...register(field)} />
      ))}
    </div>
  );
}

function ActionDetails({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <Details>
      <Details.Summary>{summary}</Details.Summary>
      <Details.Content>{children}</Details.Content>
    </Details>
  );
}

// ── Start a programme ───────────────────────────────────────────────────────────────────────────────────────────

type CreateInput = z.input<typeof CreateProgrammeBodySchema>;
const CREATE_FIELDS = [
  'endGoal',
  'claimDate',
  'settledByAgreement',
  'livesWithParents',
  'childlessCoupleBothParticipating',
  'competenceMappingDate',
  'careerGuidanceDate',
  'decisionDate',
  'startDate',
] as const;

/** Starts a programme: the engine derives the regime and deadlines from the person's facts and these inputs. */
export function StartProgrammeForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const create = useCreateProgramme(personId);
  const methods = useForm<CreateInput, unknown, z.output<typeof CreateProgrammeBodySchema>>({
    resolver: zodResolver(CreateProgrammeBodySchema),
    defaultValues: {
      endGoal: null,
      claimDate: null,
      settledByAgreement: true,
      livesWithParents: false,
      childlessCoupleBothParticipating: false,
      competenceMappingDate: null,
      careerGuidanceDate: null,
      decisionDate: null,
      startDate: null,
    },
    shouldFocusError: false,
  });
  const kit = useFormKit('start-programme', methods, CREATE_FIELDS);
  const [missing, setMissing] = useState<string[]>([]);
  const { register, handleSubmit, formState } = methods;

  const onSubmit = handleSubmit(async (body) => {
    kit.reset();
    setMissing([]);
    try {
      await create.mutateAsync(body);
    } catch (e) {
      if (isApiError(e) && e.code === ProgrammeErrorCode.FACTS_MISSING) {
        setMissing(e.issues.map((i) => i.path.replace(/^person\./, '')));
        return;
      }
      kit.fail(e);
    }
  });

  return (
    <ProgrammeForm
      kit={kit}
      onSubmit={onSubmit}
      submitCount={formState.submitCount}
      aria-labelledby="start-programme-heading"
      intro={
        <>
          <Paragraph id="start-programme-heading">
            <strong>{t('programmes.start.heading')}</strong>
          </Paragraph>
          <Paragraph data-size="sm">{t('programmes.start.intro')}</Paragraph>
        </>
      }
      submitLabel={t('programmes.start.submit')}
      pending={create.isPending}
    >
      {missing.length > 0 && (
        <Alert data-color="warning" role="alert">
          <Paragraph>
            {t('programmes.start.factsMissing', {
              fields: missing.map((f) => t(`programmes.personFields.${f}`)).join(', '),
            })}
          </Paragraph>
        </Alert>
      )}
      <EndGoalAndDates kit={kit} register={register as unknown as RegisterLike} withStart />
      <SituationCheckboxes kit={kit} register={register as unknown as RegisterLike} />
    </ProgrammeForm>
  );
}

type RegisterLike = (
  name: string,
  options?: { setValueAs?: (v: unknown) => unknown; valueAsNumber?: boolean },
) => Record<string, unknown>;
type Kit = Pick<ReturnType<typeof useFormKit>, 'error' | 'id'>;

function EndGoalAndDates({ kit, register, withStart }: { kit: Kit; register: RegisterLike; withStart: boolean }) {
  const { t } = useTranslation();
  const date = (field: string) => (
    <Textfield
      key={field}
      id={kit.id(field)}
      type="date"
      label={t(`programmes.fields.${field}`)}
      error={kit.error(field)}
      {...register(field, { setValueAs: nullIfEmpty })}
    />
  );
  return (
    <div className="programme-form-grid">
      <SelectField
        id={kit.id('endGoal')}
        label={t('programmes.fields.endGoal')}
        error={kit.error('endGoal')}
        options={[
          { value: '', label: t('programmes.notChosen') },
          ...END_GOALS.map((g) => ({ value: g, label: t(`programmes.endGoal.${g}`) })),
        ]}
        {...register('endGoal', { setValueAs: nullIfEmpty })}
      />
      {date('claimDate')}
      {date('competenceMappingDate')}
      {date('careerGuidanceDate')}
      {date('decisionDate')}
      {withStart && date('startDate')}
    </div>
  );
}

// ── Edit a programme ────────────────────────────────────────────────────────────────────────────────────────────

type UpdateInput = z.input<typeof UpdateProgrammeBodySchema>;
const UPDATE_FIELDS = [...CREATE_FIELDS, 'plannedEndDate', 'participationPercent'] as const;

function EditProgrammeForm({ programme: p, onReload }: { programme: Programme; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateProgramme(p.personId, p.id);
  const planned = p.status === 'PLANNED';
  const methods = useForm<UpdateInput, unknown, z.output<typeof UpdateProgrammeBodySchema>>({
    resolver: zodResolver(UpdateProgrammeBodySchema),
    defaultValues: {
      endGoal: p.endGoal,
      claimDate: p.claimDate,
      settledByAgreement: p.settledByAgreement,
      livesWithParents: p.livesWithParents,
      childlessCoupleBothParticipating: p.childlessCoupleBothParticipating,
      competenceMappingDate: p.competenceMappingDate,
      careerGuidanceDate: p.careerGuidanceDate,
      decisionDate: p.decisionDate,
      ...(planned ? { startDate: p.startDate } : {}),
      plannedEndDate: p.plannedEndDate,
      participationPercent: p.participationPercent,
      version: p.version,
    },
    shouldFocusError: false,
  });
  const kit = useFormKit('edit-programme', methods, UPDATE_FIELDS);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState } = methods;
  const onSubmit = handleSubmit(async (body) => {
    kit.reset();
    setSaved(false);
    // The planned end is sent only when changed: untouched, it follows the maximum (extensions, leave).
    const { plannedEndDate, ...rest } = body;
    try {
      await update.mutateAsync(formState.dirtyFields.plannedEndDate ? { ...rest, plannedEndDate } : rest);
      setSaved(true);
    } catch (e) {
      kit.fail(e, {
        [ProgrammeErrorCode.PLANNED_END_BEYOND_LIMIT]: 'plannedEndDate',
        [ProgrammeErrorCode.CONSULTANT_INVALID]: 'consultantId' as Path<UpdateInput>,
      });
    }
  });
  return (
    <ProgrammeForm
      kit={kit}
      onSubmit={onSubmit}
      submitCount={formState.submitCount}
      onReload={onReload}
      submitLabel={t('programmes.edit.submit')}
      pending={update.isPending}
    >
      <EndGoalAndDates kit={kit} register={register as unknown as RegisterLike} withStart={planned} />
      <div className="programme-form-grid">
        <Textfield
          id={kit.id('plannedEndDate')}
          type="date"
          label={t('programmes.fields.plannedEndDate')}
          description={t('programmes.edit.plannedEndHint')}
          error={kit.error('plannedEndDate')}
          {...register('plannedEndDate', { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={kit.id('participationPercent')}
          type="number"
          min={1}
          max={100}
          label={t('programmes.fields.participationPercent')}
          error={kit.error('participationPercent')}
          {...register('participationPercent', { valueAsNumber: true })}
        />
      </div>
      <SituationCheckboxes kit={kit} register={register as unknown as RegisterLike} />
      <div aria-live="polite">{saved && <Paragraph>{t('programmes.edit.saved')}</Paragraph>}</div>
    </ProgrammeForm>
  );
}

// ── Override the regime ─────────────────────────────────────────────────────────────────────────────────────────

type OverrideInput = z.input<typeof OverrideRegimeBodySchema>;

function OverrideRegimeForm({ programme: p, onReload }: { programme: Programme; onReload: () => void }) {
  const { t } = useTranslation();
  const override = useOverrideRegime(p.personId, p.id);
  const methods = useForm<OverrideInput, unknown, z.output<typeof OverrideRegimeBodySchema>>({
    resolver: zodResolver(OverrideRegimeBodySchema),
    defaultValues: {
      regime: p.regimeOverride ?? REGIMES.find((r) => r !== p.derivedRegime) ?? null,
      reason: '',
      version: p.version,
    },
    shouldFocusError: false,
  });
  const kit = useFormKit('override-regime', methods, ['regime', 'reason']);
  const { register, handleSubmit, formState } = methods;
  const onSubmit = handleSubmit(async (body) => {
    kit.reset();
    try {
      await override.mutateAsync(body);
    } catch (e) {
      kit.fail(e);
    }
  });
  const options = [
    ...(p.regimeOverride
      ? [{ value: '', label: t('programmes.override.remove', { regime: t(`programmes.regime.${p.derivedRegime}`) }) }]
      : []),
    ...REGIMES.filter((r) => r !== p.derivedRegime).map((r) => ({ value: r, label: t(`programmes.regime.${r}`) })),
  ];
  return (
    <ProgrammeForm
      kit={kit}
      onSubmit={onSubmit}
      submitCount={formState.submitCount}
      onReload={onReload}
      intro={
        <Paragraph data-size="sm">
          {t('programmes.override.intro', { regime: t(`programmes.regime.${p.derivedRegime}`) })}
        </Paragraph>
      }
      submitLabel={t('programmes.override.submit')}
      pending={override.isPending}
    >
      <SelectField
        id={kit.id('regime')}
        label={t('programmes.override.regime')}
        error={kit.error('regime')}
        options={options}
        {...register('regime', { setValueAs: nullIfEmpty })}
      />
      <TextareaField
        id={kit.id('reason')}
        label={t('programmes.override.reason')}
        rows={3}
        error={kit.error('reason')}
        {...register('reason')}
      />
    </ProgrammeForm>
  );
}

// ── Extension ───────────────────────────────────────────────────────────────────────────────────────────────────

type ExtensionInput = z.input<typeof CreateExtensionBodySchema>;

function ExtensionForm({ programme: p, onReload }: { programme: Programme; onReload: () => void }) {
  const { t } = useTranslation();
  const extend = useAddExtension(p.personId, p.id);
  const methods = useForm<ExtensionInput, unknown, z.output<typeof CreateExtensionBodySchema>>({
    resolver: zodResolver(CreateExtensionBodySchema),
    defaultValues: { months: undefined, decisionDate: '', reason: '', version: p.version },
    shouldFocusError: false,
  });
  const kit = useFormKit('extension', methods, ['months', 'decisionDate', 'reason']);
  const [limitText, setLimitText] = useState<string | null>(null);
  const { register, handleSubmit, formState } = methods;
  const r = p.evaluation.result.programme;
  const granted = p.extensions.reduce((s, e) => s + e.months, 0);
  const left =
    r.maxMonths === null || r.maxMonthsWithExtension === null
      ? 0
      : Math.max(0, r.maxMonthsWithExtension - r.maxMonths - granted);
  const onSubmit = handleSubmit(async (body) => {
    kit.reset();
    setLimitText(null);
    try {
      await extend.mutateAsync(body);
    } catch (e) {
      if (isApiError(e) && e.code === ProgrammeErrorCode.EXTENSION_LIMIT) {
        methods.setError('months', { type: ProgrammeErrorCode.EXTENSION_LIMIT });
        setLimitText(t('programmes.extension.limit', { left, max: r.maxMonthsWithExtension ?? 0 }));
        return;
      }
      kit.fail(e);
    }
  });
  return (
    <ProgrammeForm
      kit={kit}
      onSubmit={onSubmit}
      submitCount={formState.submitCount}
      onReload={onReload}
      formError={kit.formError ?? limitText}
      intro={
        <Paragraph data-size="sm">
          {t('programmes.extension.intro', { max: r.maxMonthsWithExtension ?? 0, left })}
        </Paragraph>
      }
      submitLabel={t('programmes.extension.submit')}
      pending={extend.isPending}
    >
      <div className="programme-form-grid">
        <Textfield
          id={kit.id('months')}
          type="number"
          min={1}
          label={t('programmes.extension.months')}
          error={limitText ?? kit.error('months')}
          {...register('months', { valueAsNumber: true })}
        />
        <Textfield
          id={kit.id('decisionDate')}
          type="date"
          label={t('programmes.extension.decisionDate')}
          error={kit.error('decisionDate')}
          {...register('decisionDate')}
        />
      </div>
      <TextareaField
        id={kit.id('reason')}
        label={t('programmes.extension.reason')}
        rows={2}
        error={kit.error('reason')}
        {...register('reason')}
      />
    </ProgrammeForm>
  );
}

// ── Leave ───────────────────────────────────────────────────────────────────────────────────────────────────────

type LeaveInput = z.input<typeof CreateLeaveBodySchema>;

function LeaveForm({ programme: p, onReload }: { programme: Programme; onReload: () => void }) {
  const { t } = useTranslation();
  const addLeave = useAddLeave(p.personId, p.id);
  const methods = useForm<LeaveInput, unknown, z.output<typeof CreateLeaveBodySchema>>({
    resolver: zodResolver(CreateLeaveBodySchema),
    defaultValues: { fromDate: '', toDate: '', withBenefit: false, reason: '', version: p.version },
    shouldFocusError: false,
  });
  const kit = useFormKit('leave', methods, ['fromDate', 'toDate', 'withBenefit', 'reason']);
  const { register, handleSubmit, formState } = methods;
  const onSubmit = handleSubmit(async (body) => {
    kit.reset();
    try {
      await addLeave.mutateAsync(body);
    } catch (e) {
      kit.fail(e, { [ProgrammeErrorCode.LEAVE_OVERLAP]: 'fromDate', [ProgrammeErrorCode.START_MISSING]: 'fromDate' });
    }
  });
  return (
    <ProgrammeForm
      kit={kit}
      onSubmit={onSubmit}
      submitCount={formState.submitCount}
      onReload={onReload}
      intro={<Paragraph data-size="sm">{t('programmes.leave.intro')}</Paragraph>}
      submitLabel={t('programmes.leave.submit')}
      pending={addLeave.isPending}
    >
      <div className="programme-form-grid">
        <Textfield
          id={kit.id('fromDate')}
          type="date"
          label={t('programmes.leave.fromDate')}
          error={kit.error('fromDate')}
          {...register('fromDate')}
        />
        <Textfield
          id={kit.id('toDate')}
          type="date"
          label={t('programmes.leave.toDate')}
          error={kit.error('toDate')}
          {...register('toDate')}
        />
      </div>
      <Checkbox id={kit.id('withBenefit')} label={t('programmes.leave.withBenefit')} {...register('withBenefit')} />
      <TextareaField
        id={kit.id('reason')}
        label={t('programmes.leave.reason')}
        rows={2}
        error={kit.error('reason')}
        {...register('reason')}
      />
    </ProgrammeForm>
  );
}

// ── Status ──────────────────────────────────────────────────────────────────────────────────────────────────────

type StatusInput = z.input<typeof ChangeProgrammeStatusBodySchema>;

function StatusForm({ programme: p, onReload }: { programme: Programme; onReload: () => void }) {
  const { t } = useTranslation();
  const change = useChangeStatus(p.personId, p.id);
  const allowed = PROGRAMME_STATUS_TRANSITIONS[p.status];
  const methods = useForm<StatusInput, unknown, z.output<typeof ChangeProgrammeStatusBodySchema>>({
    resolver: zodResolver(ChangeProgrammeStatusBodySchema),
    defaultValues: {
      status: allowed[0],
      date: (p.status === 'PLANNED' ? p.startDate : null) ?? '',
      reason: '',
      version: p.version,
    },
    shouldFocusError: false,
  });
  const kit = useFormKit('status', methods, ['status', 'date', 'reason']);
  const { register, handleSubmit, formState } = methods;
  const onSubmit = handleSubmit(async (body) => {
    kit.reset();
    try {
      await change.mutateAsync({ ...body, reason: body.reason || undefined });
    } catch (e) {
      kit.fail(e, { [ProgrammeErrorCode.INVALID_TRANSITION]: 'status' });
    }
  });
  return (
    <ProgrammeForm
      kit={kit}
      onSubmit={onSubmit}
      submitCount={formState.submitCount}
      onReload={onReload}
      submitLabel={t('programmes.statusForm.submit')}
      pending={change.isPending}
    >
      <div className="programme-form-grid">
        <SelectField
          id={kit.id('status')}
          label={t('programmes.statusForm.status')}
          error={kit.error('status')}
          options={allowed.map((s) => ({ value: s, label: t(`programmes.status.${s}`) }))}
          {...register('status')}
        />
        <Textfield
          id={kit.id('date')}
          type="date"
          label={t('programmes.statusForm.date')}
          description={t('programmes.statusForm.dateHint')}
          error={kit.error('date')}
          {...register('date')}
        />
      </div>
      <Textfield
        id={kit.id('reason')}
        label={t('programmes.statusForm.reason')}
        error={kit.error('reason')}
        {...register('reason')}
      />
    </ProgrammeForm>
  );
}

/** The consultant's actions on an open programme, each in its own disclosure so the page stays readable. */
export function ProgrammeActions({ programme: p, onReload }: { programme: Programme; onReload: () => void }) {
  const { t } = useTranslation();
  const reevaluate = useReevaluateProgramme(p.personId, p.id);
  const formText = useFeatureErrorMessage('programmes');
  const closed = p.status === 'COMPLETED' || p.status === 'DISCONTINUED';
  if (closed) return null;
  // Each form is keyed by the version, so a saved change (or a reload) starts it afresh from the new values.
  const key = `${p.id}-${p.version}`;
  return (
    <section aria-labelledby="programme-actions-heading" className="stack">
      <h3 id="programme-actions-heading" className="visually-hidden">
        {t('programmes.actions.heading')}
      </h3>
      <div className="programme-actions">
        <ActionDetails summary={t('programmes.actions.edit')}>
          <EditProgrammeForm key={key} programme={p} onReload={onReload} />
        </ActionDetails>
        <ActionDetails summary={t('programmes.actions.status')}>
          <StatusForm key={key} programme={p} onReload={onReload} />
        </ActionDetails>
        <ActionDetails summary={t('programmes.actions.extension')}>
          <ExtensionForm key={key} programme={p} onReload={onReload} />
        </ActionDetails>
        <ActionDetails summary={t('programmes.actions.leave')}>
          <LeaveForm key={key} programme={p} onReload={onReload} />
        </ActionDetails>
        <ActionDetails summary={t('programmes.actions.override')}>
          <OverrideRegimeForm key={key} programme={p} onReload={onReload} />
        </ActionDetails>
      </div>
      <div className="button-row">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          disabled={reevaluate.isPending}
          onClick={() => reevaluate.mutate({ version: p.version })}
        >
          {t('programmes.actions.reevaluate')}
        </Button>
      </div>
      <div aria-live="polite">{reevaluate.isError && <Paragraph>{formText(reevaluate.error)}</Paragraph>}</div>
    </section>
  );
}
