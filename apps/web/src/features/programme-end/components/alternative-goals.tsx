import {
  AlternativeGoalKindSchema,
  CreateAlternativeGoalBodySchema,
  GoalStatusSchema,
  UpdateAlternativeGoalBodySchema,
  type AlternativeGoal,
  type CreateAlternativeGoalBody,
  type UpdateAlternativeGoalBody,
} from '@ankomst/contracts';
import { Button, Table, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormErrorList, LiveAlert, SelectField, TextareaField } from '../../../components/form';
import { useCreateGoal, useUpdateGoal } from '../api/programme-end';
import { emptyToNull, useFormErrors } from './use-form-errors';

type CreateInput = z.input<typeof CreateAlternativeGoalBodySchema>;
type UpdateInput = z.input<typeof UpdateAlternativeGoalBodySchema>;
const CREATE_FIELDS = ['kind', 'status', 'statusDate', 'narrative'] as const;
const UPDATE_FIELDS = ['status', 'statusDate'] as const;

function useStatusOptions() {
  const { t } = useTranslation();
  return GoalStatusSchema.options.map((s) => ({ value: s, label: t(`programmeEnd.goalStatus.${s}`) }));
}

/** The alternative goals of a programme: a table, a status update per goal, and a form to add one. */
export function AlternativeGoals({
  programmeId,
  goals,
  canWrite,
}: {
  programmeId: string;
  goals: readonly AlternativeGoal[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="programme-end-goals-heading">
      <h3 id="programme-end-goals-heading">{t('programmeEnd.goals.heading')}</h3>
      {goals.length === 0 ? (
        <p>{t('programmeEnd.goals.none')}</p>
      ) : (
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('programmeEnd.fields.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmeEnd.fields.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmeEnd.fields.statusDate')}</Table.HeaderCell>
              <Table.HeaderCell>{t('programmeEnd.fields.narrative')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {goals.map((g) => (
              <Table.Row key={g.id}>
                <Table.Cell>{t(`programmeEnd.goalKind.${g.kind}`)}</Table.Cell>
                <Table.Cell>{t(`programmeEnd.goalStatus.${g.status}`)}</Table.Cell>
                <Table.Cell>{g.statusDate ?? '–'}</Table.Cell>
                <Table.Cell>{g.narrative ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {canWrite && goals.map((g) => <UpdateGoalForm key={g.id} programmeId={programmeId} goal={g} />)}
      {canWrite && <AddGoalForm programmeId={programmeId} />}
    </section>
  );
}

function UpdateGoalForm({ programmeId, goal }: { programmeId: string; goal: AlternativeGoal }) {
  const { t } = useTranslation();
  const update = useUpdateGoal(programmeId);
  const statusOptions = useStatusOptions();
  const [saved, setSaved] = useState<string | null>(null);
  const methods = useForm<UpdateInput, unknown, UpdateAlternativeGoalBody>({
    resolver: zodResolver(UpdateAlternativeGoalBodySchema),
    defaultValues: { status: goal.status, statusDate: goal.statusDate },
  });
  const { register, handleSubmit, formState } = methods;
  const form = `programmeEnd-goal-${goal.id}`;
  const kit = useFormErrors<UpdateInput>(form, methods, UPDATE_FIELDS);
  const kind = t(`programmeEnd.goalKind.${goal.kind}`);

  const onSubmit = handleSubmit(async (body) => {
    kit.clear();
    setSaved(null);
    try {
      await update.mutateAsync({ goalId: goal.id, body });
      setSaved(t('programmeEnd.goals.updated', { kind }));
    } catch (e) {
      kit.fail(e);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t('programmeEnd.goals.updateLabel', { kind })}>
      <FormErrorList key={formState.submitCount} items={kit.summary} formError={kit.formError} headingLevel={3} />
      <div className="button-row">
        <SelectField
          id={kit.id('status')}
          label={t('programmeEnd.goals.statusOf', { kind })}
          options={statusOptions}
          error={kit.error('status')}
          {...register('status')}
        />
        <Textfield
          id={kit.id('statusDate')}
          type="date"
          label={t('programmeEnd.fields.statusDate')}
          error={kit.error('statusDate')}
          {...register('statusDate', { setValueAs: emptyToNull })}
        />
      </div>
      <div>
        <Button type="submit" variant="secondary" loading={update.isPending} disabled={update.isPending}>
          {t('programmeEnd.goals.update')}
        </Button>
      </div>
      <LiveAlert text={saved} color="success" />
    </form>
  );
}

function AddGoalForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const create = useCreateGoal(programmeId);
  const statusOptions = useStatusOptions();
  const [saved, setSaved] = useState<string | null>(null);
  const methods = useForm<CreateInput, unknown, CreateAlternativeGoalBody>({
    resolver: zodResolver(CreateAlternativeGoalBodySchema),
    defaultValues: { status: 'PLANNED', statusDate: null, narrative: null },
  });
  const { register, handleSubmit, formState, reset } = methods;
  const kit = useFormErrors<CreateInput>('programmeEnd-addGoal', methods, CREATE_FIELDS);

  const onSubmit = handleSubmit(async (body) => {
    kit.clear();
    setSaved(null);
    try {
      const goal = await create.mutateAsync(body);
      reset();
      setSaved(t('programmeEnd.goals.added', { kind: t(`programmeEnd.goalKind.${goal.kind}`) }));
    } catch (e) {
      kit.fail(e);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-labelledby="programme-end-add-goal-heading">
      <h4 id="programme-end-add-goal-heading">{t('programmeEnd.goals.add')}</h4>
      <FormErrorList key={formState.submitCount} items={kit.summary} formError={kit.formError} headingLevel={3} />
      <SelectField
        id={kit.id('kind')}
        label={t('programmeEnd.fields.kind')}
        options={[
          { value: '', label: t('programmeEnd.choose') },
          ...AlternativeGoalKindSchema.options.map((k) => ({ value: k, label: t(`programmeEnd.goalKind.${k}`) })),
        ]}
        error={kit.error('kind')}
        {...register('kind', { setValueAs: emptyToNull })}
      />
      <SelectField
        id={kit.id('status')}
        label={t('programmeEnd.fields.status')}
        options={statusOptions}
        error={kit.error('status')}
        {...register('status')}
      />
      <Textfield
        id={kit.id('statusDate')}
        type="date"
        label={t('programmeEnd.fields.statusDate')}
        error={kit.error('statusDate')}
        {...register('statusDate', { setValueAs: emptyToNull })}
      />
      <TextareaField
        id={kit.id('narrative')}
        label={t('programmeEnd.fields.narrative')}
        error={kit.error('narrative')}
        {...register('narrative', { setValueAs: emptyToNull })}
      />
      <div>
        <Button type="submit" loading={create.isPending} disabled={create.isPending}>
          {t('programmeEnd.goals.addSubmit')}
        </Button>
      </div>
      <LiveAlert text={saved} color="success" />
    </form>
  );
}
