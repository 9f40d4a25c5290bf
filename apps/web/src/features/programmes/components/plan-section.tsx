import './programmes.css';
import {
  can,
  CreatePlanRevisionBodySchema,
  type IntegrationPlan,
  type PlanRevision,
  type Programme,
  type Role,
} from '@ankomst/contracts';
import {
  Alert,
  Button,
  Checkbox,
  Details,
  Field,
  Heading,
  Label,
  Paragraph,
  Table,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldError, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { currentProgramme, planQueryOptions, programmesQueryOptions, useRevisePlan } from '../api/programmes';
import {
  fieldDomId,
  SelectField,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { applyError, FormErrors, isStale, nullIfEmpty } from './form-kit';
import { formatDate, formatHours } from './format';
import { Facts } from './programme-details';

const KINDS = [
  'NORWEGIAN',
  'SOCIAL_STUDIES',
  'LIFE_SKILLS',
  'PARENTAL_GUIDANCE',
  'WORK_PRACTICE',
  'EDUCATION',
  'OTHER',
] as const;
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1'] as const;
const END_GOALS = ['WORK', 'HIGHER_EDUCATION', 'COMPLETE_UPPER_SECONDARY', 'PRIMARY_OR_PART_UPPER_SECONDARY'] as const;
const FORM = 'plan';
const PLAN_FIELDS = [
  'endGoal',
  'languageTargetLevel',
  'validFrom',
  'participantWishes',
  'reason',
  'includesSelfStudy',
  'elements',
] as const;
const ELEMENT_FIELDS = ['kind', 'hoursPerWeek', 'description', 'provider'] as const;

interface PlanSectionProps {
  personId: string;
  roles: readonly Role[];
}

/** The integration plan of the participant's current programme: the current revision, a new revision, the history. */
export function PlanSection({ personId, roles }: PlanSectionProps) {
  const { t } = useTranslation();
  const programmes = useQuery(programmesQueryOptions(personId));
  const programme = programmes.data ? currentProgramme(programmes.data.items) : undefined;
  if (!programme) return null;
  return (
    <section aria-labelledby="plan-heading" className="stack plan-section">
      <Heading level={2} data-size="sm" id="plan-heading">
        {t('programmes.plan.heading')}
      </Heading>
      <PlanForProgramme programme={programme} canWrite={can(roles, 'programmes.write')} />
    </section>
  );
}

function PlanForProgramme({ programme, canWrite }: { programme: Programme; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const plan = useQuery(planQueryOptions(programme.id));
  const open = programme.status === 'PLANNED' || programme.status === 'ACTIVE' || programme.status === 'ON_LEAVE';
  if (plan.isPending) return <LoadingIndicator />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const data = plan.data;
  return (
    <>
      {data.current ? <Revision revision={data.current} /> : <Paragraph>{t('programmes.plan.none')}</Paragraph>}
      <PlanWarnings plan={data} />
      {canWrite && open && (
        <Details>
          <Details.Summary>{data.current ? t('programmes.plan.revise') : t('programmes.plan.create')}</Details.Summary>
          <Details.Content>
            <RevisionForm
              key={`${data.planId ?? 'new'}-${data.version}`}
              programme={programme}
              plan={data}
              onReload={() => void plan.refetch()}
            />
          </Details.Content>
        </Details>
      )}
      {data.revisions.length > 1 && (
        <div className="stack">
          <Heading level={3} data-size="xs">
            {t('programmes.plan.history')}
          </Heading>
          {data.revisions.slice(1).map((r) => (
            <Details key={r.id}>
              <Details.Summary>
                {t('programmes.plan.revisionSummary', {
                  number: r.revisionNumber,
                  date: formatDate(r.validFrom, i18n.language),
                  by: r.createdBy?.name ?? '–',
                })}
              </Details.Summary>
              <Details.Content>
                <Revision revision={r} />
              </Details.Content>
            </Details>
          ))}
        </div>
      )}
    </>
  );
}

function PlanWarnings({ plan }: { plan: IntegrationPlan }) {
  const { t, i18n } = useTranslation();
  if (plan.warnings.length === 0) return null;
  return (
    <Alert data-color="warning">
      <Heading level={3} data-size="2xs">
        {t('programmes.plan.warningsHeading')}
      </Heading>
      <ul className="programme-list">
        {plan.warnings.map((w, i) => (
          <li key={`${w.code}-${i}`}>
            {w.code === 'PLAN_HOURS_BELOW_FULL_TIME'
              ? t('programmes.plan.warning.hours', {
                  total: formatHours(w.totalHoursPerWeek ?? 0, i18n.language),
                  required: formatHours(w.requiredHoursPerWeek ?? 0, i18n.language),
                })
              : t('programmes.plan.warning.missing', {
                  kinds: (w.kinds ?? []).map((k) => t(`programmes.elementKind.${k}`)).join(t('programmes.or')),
                })}{' '}
            <span className="rule-source">
              ({w.rule.id}; {w.rule.source})
            </span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function Revision({ revision: r }: { revision: PlanRevision }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="stack">
      <Facts
        facts={[
          [t('programmes.plan.revisionNumber'), String(r.revisionNumber)],
          [t('programmes.plan.validFrom'), formatDate(r.validFrom, i18n.language)],
          [t('programmes.fields.endGoal'), r.endGoal ? t(`programmes.endGoal.${r.endGoal}`) : '–'],
          [t('programmes.plan.languageTargetLevel'), r.languageTargetLevel ?? '–'],
          [
            t('programmes.plan.totalHours'),
            t('programmes.plan.hours', { hours: formatHours(r.totalHoursPerWeek, i18n.language) }),
          ],
          [t('programmes.plan.createdBy'), r.createdBy?.name ?? '–'],
        ]}
      />
      {r.participantWishes && (
        <Field>
          <Paragraph>
            <strong>{t('programmes.plan.participantWishes')}:</strong> <q>{r.participantWishes}</q>
          </Paragraph>
        </Field>
      )}
      {r.reason && (
        <Paragraph>
          <strong>{t('programmes.plan.reason')}:</strong> {r.reason}
        </Paragraph>
      )}
      <div className="table-scroll">
        <Table border zebra>
          <caption className="visually-hidden">
            {t('programmes.plan.elementsCaption', { number: r.revisionNumber })}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('programmes.plan.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmes.plan.hoursPerWeek')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmes.plan.description')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmes.plan.provider')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {r.elements.map((e) => (
              <Table.Row key={e.id}>
                <Table.HeaderCell scope="row">{t(`programmes.elementKind.${e.kind}`)}</Table.HeaderCell>
                <Table.Cell>{formatHours(e.hoursPerWeek, i18n.language)}</Table.Cell>
                <Table.Cell>{e.description ?? '–'}</Table.Cell>
                <Table.Cell>{e.provider ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </div>
  );
}

type RevisionInput = z.input<typeof CreatePlanRevisionBodySchema>;

/**
 * A new revision, prefilled from the current one. It carries the plan version it was based on: if a colleague
 * saved first, the API answers 409 and the form offers to reload.
 */
function RevisionForm({
  programme,
  plan,
  onReload,
}: {
  programme: Programme;
  plan: IntegrationPlan;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const revise = useRevisePlan(programme.personId, programme.id);
  const fieldError = useFeatureFieldError('programmes', { featureErrorCodes: true });
  const formText = useFeatureErrorMessage('programmes');
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const c = plan.current;
  const { register, control, handleSubmit, setError, formState } = useForm<
    RevisionInput,
    unknown,
    z.output<typeof CreatePlanRevisionBodySchema>
  >({
    resolver: zodResolver(CreatePlanRevisionBodySchema),
    defaultValues: {
      version: plan.version,
      endGoal: c?.endGoal ?? programme.endGoal,
      languageTargetLevel: c?.languageTargetLevel ?? null,
      participantWishes: c?.participantWishes ?? null,
      reason: null,
      validFrom: '',
      includesSelfStudy: false,
      elements: c?.elements.map((e) => ({
        kind: e.kind,
        hoursPerWeek: e.hoursPerWeek,
        description: e.description,
        provider: e.provider,
      })) ?? [{ kind: 'NORWEGIAN', hoursPerWeek: 15, description: null, provider: null }],
    },
    shouldFocusError: false,
  });
  const elements = useFieldArray({ control, name: 'elements' });
  const errors = formState.errors;
  const err = (path: string, e: FieldError | undefined) => fieldError(path, e);

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    setStale(false);
    setSaved(false);
    try {
      await revise.mutateAsync(body);
      setSaved(true);
    } catch (e) {
      setStale(isStale(e));
      setFormError(applyError<RevisionInput>(e, setError, PLAN_FIELDS, {}, formText));
    }
  });

  const summary: SummaryItem[] = [];
  for (const f of PLAN_FIELDS) {
    const e = errors[f] as FieldError | undefined;
    const text =
      f === 'elements'
        ? err(
            'elements',
            (errors.elements?.root ?? (errors.elements?.type ? errors.elements : undefined)) as FieldError | undefined,
          )
        : err(f, e);
    if (text) summary.push({ id: fieldDomId(FORM, f), text });
  }
  elements.fields.forEach((_, i) => {
    for (const f of ELEMENT_FIELDS) {
      const text = err(f, errors.elements?.[i]?.[f] as FieldError | undefined);
      if (text)
        summary.push({
          id: fieldDomId(FORM, `elements.${i}.${f}`),
          text: t('programmes.plan.rowError', { number: i + 1, text }),
        });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormErrors
        key={formState.submitCount}
        items={summary}
        formError={formError}
        onReload={stale ? onReload : undefined}
      />
      <div className="programme-form-grid">
        <SelectField
          id={fieldDomId(FORM, 'endGoal')}
          label={t('programmes.fields.endGoal')}
          error={err('endGoal', errors.endGoal)}
          options={[
            { value: '', label: t('programmes.notChosen') },
            ...END_GOALS.map((g) => ({ value: g, label: t(`programmes.endGoal.${g}`) })),
          ]}
          {...register('endGoal', { setValueAs: nullIfEmpty })}
        />
        <SelectField
          id={fieldDomId(FORM, 'languageTargetLevel')}
          label={t('programmes.plan.languageTargetLevel')}
          error={err('languageTargetLevel', errors.languageTargetLevel)}
          options={[{ value: '', label: t('programmes.notChosen') }, ...LEVELS.map((l) => ({ value: l, label: l }))]}
          {...register('languageTargetLevel', { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={fieldDomId(FORM, 'validFrom')}
          type="date"
          label={t('programmes.plan.validFrom')}
          error={err('validFrom', errors.validFrom)}
          {...register('validFrom')}
        />
      </div>
      <Field>
        <Label htmlFor={fieldDomId(FORM, 'participantWishes')}>{t('programmes.plan.participantWishes')}</Label>
        <Textarea
          id={fieldDomId(FORM, 'participantWishes')}
          rows={3}
          {...register('participantWishes', { setValueAs: nullIfEmpty })}
        />
      </Field>
      <Textfield
        id={fieldDomId(FORM, 'reason')}
        label={t('programmes.plan.reason')}
        error={err('reason', errors.reason)}
        {...register('reason', { setValueAs: nullIfEmpty })}
      />
      <fieldset className="stack plan-elements" id={fieldDomId(FORM, 'elements')} tabIndex={-1}>
        <legend>{t('programmes.plan.elements')}</legend>
        {elements.fields.map((row, i) => (
          <div key={row.id} className="plan-element-row">
            <SelectField
              id={fieldDomId(FORM, `elements.${i}.kind`)}
              label={t('programmes.plan.kindRow', { number: i + 1 })}
              error={err('kind', errors.elements?.[i]?.kind)}
              options={KINDS.map((k) => ({ value: k, label: t(`programmes.elementKind.${k}`) }))}
              {...register(`elements.${i}.kind` as const)}
            />
            <Textfield
              id={fieldDomId(FORM, `elements.${i}.hoursPerWeek`)}
              type="number"
              step={0.5}
              min={0}
              label={t('programmes.plan.hoursRow', { number: i + 1 })}
              error={err('hoursPerWeek', errors.elements?.[i]?.hoursPerWeek)}
              {...register(`elements.${i}.hoursPerWeek` as const, { valueAsNumber: true })}
            />
            <Textfield
              id={fieldDomId(FORM, `elements.${i}.description`)}
              label={t('programmes.plan.descriptionRow', { number: i + 1 })}
              {...register(`elements.${i}.description` as Path<RevisionInput>, { setValueAs: nullIfEmpty })}
            />
            <Textfield
              id={fieldDomId(FORM, `elements.${i}.provider`)}
              label={t('programmes.plan.providerRow', { number: i + 1 })}
              {...register(`elements.${i}.provider` as Path<RevisionInput>, { setValueAs: nullIfEmpty })}
            />
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() => elements.remove(i)}
              disabled={elements.fields.length === 1}
              aria-label={t('programmes.plan.removeRowLabel', { number: i + 1 })}
            >
              {t('programmes.plan.removeRow')}
            </Button>
          </div>
        ))}
        {err('elements', errors.elements?.root) && (
          <ValidationMessage>{err('elements', errors.elements?.root)}</ValidationMessage>
        )}
        <div>
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() =>
              elements.append(
                { kind: 'OTHER', hoursPerWeek: 0, description: null, provider: null },
                { focusName: `elements.${elements.fields.length}.kind` },
              )
            }
          >
            {t('programmes.plan.addRow')}
          </Button>
        </div>
      </fieldset>
      <Checkbox
        id={fieldDomId(FORM, 'includesSelfStudy')}
        label={t('programmes.plan.includesSelfStudy')}
        {...register('includesSelfStudy')}
      />
      <div aria-live="polite">{saved && <Paragraph>{t('programmes.plan.saved')}</Paragraph>}</div>
      <div>
        <Button type="submit" disabled={revise.isPending}>
          {t('programmes.plan.submit')}
        </Button>
      </div>
    </form>
  );
}
