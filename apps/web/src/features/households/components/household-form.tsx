import './households.css';
import {
  CommonErrorCode,
  CreateHouseholdBodySchema,
  type CreateHouseholdBody,
  type Household,
} from '@ankomst/contracts';
import {
  Button,
  Heading,
  Paragraph,
  Textarea,
  Textfield,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldError, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  fieldDomId,
  FormActions,
  FormErrorList,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { isApiError } from '../../../lib/api-client';
import { useCreateHousehold } from '../api/households';
import {
  emptyMember,
  HOUSEHOLD_FIELDS,
  MEMBER_FIELDS,
  nullIfEmpty,
  type HouseholdFormInput,
} from './household-form-values';
import { FORM, MemberFieldset } from './member-fieldset';

interface HouseholdFormProps {
  onCreated: (household: Household) => void;
  onCancel: () => void;
}

/**
 * Registers a household IMDi asks the municipality to settle, with all its members, in one request. Members are
 * added and removed in place; every control is a native input, so the form works with the keyboard alone.
 */
export function HouseholdForm({ onCreated, onCancel }: HouseholdFormProps) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('households');
  const errorMessage = useFeatureErrorMessage('households');
  const createHousehold = useCreateHousehold();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, submitCount },
  } = useForm<HouseholdFormInput, unknown, CreateHouseholdBody>({
    resolver: zodResolver(CreateHouseholdBodySchema),
    defaultValues: {
      name: '',
      imdiReference: null,
      imdiRequestDate: null,
      expectedArrivalDate: null,
      notes: null,
      members: [emptyMember('HEAD')],
    },
    shouldFocusError: false,
  });
  const members = useFieldArray({ control, name: 'members' });

  const addMember = (kind: 'adult' | 'child') => {
    members.append(emptyMember(kind === 'child' ? 'CHILD' : members.fields.length === 0 ? 'HEAD' : 'SPOUSE'), {
      focusName: `members.${members.fields.length}.firstName`,
    });
  };

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      onCreated(await createHousehold.mutateAsync(body));
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.VALIDATION_FAILED && error.issues.length > 0) {
        let unmapped = false;
        for (const issue of error.issues) {
          if (issue.path === 'members') setError('members', { type: issue.code });
          else if (issue.path.startsWith('members.') || (HOUSEHOLD_FIELDS as readonly string[]).includes(issue.path)) {
            setError(issue.path as Path<HouseholdFormInput>, { type: issue.code });
          } else unmapped = true;
        }
        if (unmapped) setFormError(errorMessage(error));
        return;
      }
      setFormError(errorMessage(error));
    }
  });

  const summary: SummaryItem[] = [];
  for (const field of HOUSEHOLD_FIELDS) {
    const text = fieldError(field, errors[field]);
    if (text) summary.push({ id: fieldDomId(FORM, field), text });
  }
  const membersError = (
    (errors.members?.root ?? (errors.members as FieldError | undefined)?.type) ? errors.members : undefined
  ) as FieldError | undefined;
  const membersErrorText = fieldError('members', membersError?.type ? membersError : undefined);
  if (membersErrorText) summary.push({ id: fieldDomId(FORM, 'members'), text: membersErrorText });
  members.fields.forEach((_, index) => {
    for (const field of MEMBER_FIELDS) {
      const text = fieldError(field, errors.members?.[index]?.[field] as FieldError | undefined);
      if (text)
        summary.push({
          id: fieldDomId(FORM, `members.${index}.${field}`),
          text: t('households.form.memberError', { number: index + 1, text }),
        });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormErrorList key={submitCount} items={summary} formError={formError} />
      <div className="form-grid">
        <Textfield
          id={fieldDomId(FORM, 'name')}
          label={t('households.fields.name')}
          description={t('households.form.nameHint')}
          autoComplete="off"
          error={fieldError('name', errors.name)}
          {...register('name')}
        />
        <Textfield
          id={fieldDomId(FORM, 'imdiReference')}
          label={t('households.fields.imdiReference')}
          autoComplete="off"
          error={fieldError('imdiReference', errors.imdiReference)}
          {...register('imdiReference', { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={fieldDomId(FORM, 'imdiRequestDate')}
          type="date"
          label={t('households.fields.imdiRequestDate')}
          error={fieldError('imdiRequestDate', errors.imdiRequestDate)}
          {...register('imdiRequestDate', { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={fieldDomId(FORM, 'expectedArrivalDate')}
          type="date"
          label={t('households.fields.expectedArrivalDate')}
          error={fieldError('expectedArrivalDate', errors.expectedArrivalDate)}
          {...register('expectedArrivalDate', { setValueAs: nullIfEmpty })}
        />
      </div>
      <Field>
        <Label htmlFor={fieldDomId(FORM, 'notes')}>{t('households.fields.notes')}</Label>
        <Textarea id={fieldDomId(FORM, 'notes')} rows={3} {...register('notes', { setValueAs: nullIfEmpty })} />
        {errors.notes && <ValidationMessage>{fieldError('notes', errors.notes)}</ValidationMessage>}
      </Field>

      <section aria-labelledby="household-members-heading" className="stack">
        <Heading level={2} data-size="sm" id="household-members-heading">
          {t('households.form.membersHeading')}
        </Heading>
        <Paragraph id={fieldDomId(FORM, 'members')} tabIndex={-1}>
          {t('households.form.membersIntro')}
        </Paragraph>
        {membersErrorText && <ValidationMessage>{membersErrorText}</ValidationMessage>}
        {members.fields.map((field, index) => (
          <MemberFieldset
            key={field.id}
            form={FORM}
            prefix={`members.${index}`}
            legend={t('households.form.memberLegend', { number: index + 1 })}
            register={register}
            errors={errors.members?.[index]}
            onRemove={
              members.fields.length > 1
                ? () => {
                    members.remove(index);
                    setFocus(index > 0 ? `members.${index - 1}.firstName` : 'members.0.firstName');
                  }
                : undefined
            }
            removeLabel={t('households.form.removeMember', { number: index + 1 })}
          />
        ))}
        <div className="button-row">
          <Button type="button" variant="secondary" onClick={() => addMember('adult')}>
            {t('households.form.addAdult')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => addMember('child')}>
            {t('households.form.addChild')}
          </Button>
        </div>
      </section>

      <FormActions submitLabel={t('households.form.submit')} pending={createHousehold.isPending} onCancel={onCancel} />
    </form>
  );
}
