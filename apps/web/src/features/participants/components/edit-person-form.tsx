import {
  AddressProtectionSchema,
  ArrivalCategorySchema,
  CommonErrorCode,
  PermitBasisSchema,
  PersonErrorCode,
  PROTECTED_ADDRESS_FIELDS,
  SexSchema,
  UpdatePersonBodySchema,
  type Person,
  type UpdatePersonBody,
} from '@ankomst/contracts';
import { Alert, Checkbox, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  FormActions,
  FormErrorList,
  LiveAlert,
  SelectField,
  StaleVersionAlert,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { isApiError } from '../../../lib/api-client';
import { languagesValue, nullIfEmpty, nusLevelValue } from '../../../lib/form-values';
import { personQueryOptions, useUpdatePerson } from '../api/participants';

const FORM = 'edit-person';
type PersonFormInput = z.input<typeof UpdatePersonBodySchema>;

/** The facts this form edits, in the order they appear (the error summary follows it). */
const PERSON_FORM_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'sex',
  'countryOfBirth',
  'languages',
  'interpreterNeeded',
  'interpreterLanguage',
  'nusLevel',
  'permitBasis',
  'permitGrantedDate',
  'permitGrantedAbroad',
  'protectionApplicationDate',
  'arrivalCategory',
  'arrivalDate',
  'addressProtection',
  'address',
  'postalCode',
  'postalTown',
  'phone',
  'email',
] as const satisfies readonly (keyof PersonFormInput)[];
type PersonFormField = (typeof PERSON_FORM_FIELDS)[number];

/**
 * The fields the reader may see and change. What the API withheld is neither shown nor sent; a protected address
 * (kode 6/7) the reader may not see takes its protection flag with it: only the caseworker may lift it.
 */
function editableFields(person: Person): PersonFormField[] {
  const hidden = new Set<string>(person.withheldFields);
  if (person.addressHidden) for (const f of [...PROTECTED_ADDRESS_FIELDS, 'addressProtection']) hidden.add(f);
  return PERSON_FORM_FIELDS.filter((f) => !hidden.has(f));
}

/** The person's current facts as form values (only the editable ones). */
function formValues(person: Person): PersonFormInput {
  const all: Record<PersonFormField, unknown> = {
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    sex: person.sex,
    countryOfBirth: person.countryOfBirth,
    languages: person.languages,
    interpreterNeeded: person.interpreterNeeded,
    interpreterLanguage: person.interpreterLanguage,
    nusLevel: person.nusLevel,
    permitBasis: person.permitBasis,
    permitGrantedDate: person.permitGrantedDate,
    permitGrantedAbroad: person.permitGrantedAbroad ?? false,
    protectionApplicationDate: person.protectionApplicationDate,
    arrivalCategory: person.arrivalCategory,
    arrivalDate: person.arrivalDate,
    addressProtection: person.addressProtection ?? 'NONE',
    address: person.address,
    postalCode: person.postalCode,
    postalTown: person.postalTown,
    phone: person.phone,
    email: person.email,
  };
  const values: Record<string, unknown> = { version: person.version };
  for (const f of editableFields(person)) values[f] = all[f];
  return values as PersonFormInput;
}

interface EditPersonFormProps {
  person: Person;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

/**
 * Changes a person's facts. Only the fields the user changed are sent, with the version the form was loaded from;
 * when someone else saved first (409), the user's input stays and "Last inn på nytt" fetches the newest version
 * and puts the user's changes back on top of it, to look over and save again.
 */
export function EditPersonForm({ person: loaded, onSaved, onCancel }: EditPersonFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFeatureFieldError('participants');
  const errorMessage = useFeatureErrorMessage('participants');
  const updatePerson = useUpdatePerson(loaded.id);
  const [person, setPerson] = useState(loaded);
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [reloading, setReloading] = useState(false);
  const fields = editableFields(person);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    setFocus,
    formState: { errors, submitCount, dirtyFields },
  } = useForm<PersonFormInput, unknown, UpdatePersonBody>({
    resolver: zodResolver(UpdatePersonBodySchema),
    defaultValues: formValues(person),
    shouldFocusError: false,
  });
  const changedFields = () => fields.filter((f) => dirtyFields[f]);

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    setReloaded(false);
    const changed = changedFields();
    if (changed.length === 0) {
      onSaved(person);
      return;
    }
    const changes: Record<string, unknown> = { version: body.version };
    for (const f of changed) changes[f] = body[f];
    try {
      onSaved(await updatePerson.mutateAsync(changes as UpdatePersonBody));
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) {
        setStale(true);
        return;
      }
      const onFields =
        isApiError(error) &&
        (error.code === CommonErrorCode.VALIDATION_FAILED || error.code === PersonErrorCode.ADDRESS_PROTECTED)
          ? error.issues.filter((i) => (fields as readonly string[]).includes(i.path))
          : [];
      for (const issue of onFields) setError(issue.path as PersonFormField, { type: issue.code });
      if (onFields.length === 0 || !isApiError(error) || onFields.length < error.issues.length) {
        setFormError(errorMessage(error));
      }
    }
  });

  const reload = async () => {
    setReloading(true);
    try {
      const kept = changedFields().map((f) => [f, getValues(f)] as const);
      const fresh = await queryClient.fetchQuery({ ...personQueryOptions(person.id), staleTime: 0 });
      const freshFields = editableFields(fresh);
      reset(formValues(fresh));
      for (const [f, value] of kept) if (freshFields.includes(f)) setValue(f, value, { shouldDirty: true });
      setPerson(fresh);
      setStale(false);
      setReloaded(true);
      setFocus(kept[0]?.[0] ?? 'firstName');
    } catch (error) {
      setFormError(errorMessage(error));
    } finally {
      setReloading(false);
    }
  };

  const summary: SummaryItem[] = fields.flatMap((field) => {
    const text = fieldError(field, errors[field] as FieldError | undefined);
    return text ? [{ id: fieldDomId(FORM, field), text }] : [];
  });
  const shows = (field: PersonFormField) => fields.includes(field);
  const err = (field: PersonFormField) => fieldError(field, errors[field] as FieldError | undefined);
  const text = (
    field: PersonFormField,
    options: { type?: 'text' | 'date' | 'tel' | 'email'; description?: string } = {},
  ) =>
    shows(field) && (
      <Textfield
        id={fieldDomId(FORM, field)}
        type={options.type ?? 'text'}
        label={t(`participants.fields.${field}`)}
        description={options.description}
        autoComplete="off"
        error={err(field)}
        {...register(field, { setValueAs: nullIfEmpty })}
      />
    );
  const select = (field: PersonFormField, options: ReadonlyArray<{ value: string; label: string }>) =>
    shows(field) && (
      <SelectField
        id={fieldDomId(FORM, field)}
        label={t(`participants.fields.${field}`)}
        options={options}
        error={err(field)}
        {...register(field, { setValueAs: field === 'nusLevel' ? nusLevelValue : nullIfEmpty })}
      />
    );
  const checkbox = (field: PersonFormField) =>
    shows(field) && (
      <Checkbox id={fieldDomId(FORM, field)} label={t(`participants.fields.${field}`)} {...register(field)} />
    );
  const notGiven = { value: '', label: t('participants.edit.notGiven') };
  const choices = (values: readonly string[], labelKey: string) => [
    notGiven,
    ...values.map((v) => ({ value: v, label: t(`participants.${labelKey}.${v}`) })),
  ];

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-busy={reloading}>
      {stale && (
        <StaleVersionAlert
          message={t('participants.edit.stale')}
          reloadLabel={t('participants.edit.reload')}
          onReload={() => void reload()}
        />
      )}
      <LiveAlert text={reloaded ? t('participants.edit.reloaded') : null} color="success" />
      <FormErrorList key={submitCount} items={summary} formError={formError} headingLevel={3} />

      <Fieldset>
        <Fieldset.Legend>{t('participants.edit.identity')}</Fieldset.Legend>
        <div className="form-grid">
          {shows('firstName') && (
            <Textfield
              id={fieldDomId(FORM, 'firstName')}
              label={t('participants.fields.firstName')}
              autoComplete="off"
              error={err('firstName')}
              {...register('firstName')}
            />
          )}
          {shows('lastName') && (
            <Textfield
              id={fieldDomId(FORM, 'lastName')}
              label={t('participants.fields.lastName')}
              autoComplete="off"
              error={err('lastName')}
              {...register('lastName')}
            />
          )}
          {shows('birthDate') && (
            <Textfield
              id={fieldDomId(FORM, 'birthDate')}
              type="date"
              label={t('participants.fields.birthDate')}
              error={err('birthDate')}
              {...register('birthDate')}
            />
          )}
          {select('sex', choices(SexSchema.options, 'sex'))}
          {text('countryOfBirth', { description: t('participants.edit.countryHint') })}
        </div>
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('participants.edit.languageAndEducation')}</Fieldset.Legend>
        <div className="form-grid">
          {shows('languages') && (
            <Textfield
              id={fieldDomId(FORM, 'languages')}
              label={t('participants.fields.languages')}
              description={t('participants.edit.languagesHint')}
              autoComplete="off"
              error={err('languages')}
              {...register('languages', { setValueAs: languagesValue })}
            />
          )}
          {text('interpreterLanguage', { description: t('participants.edit.interpreterLanguageHint') })}
          {select('nusLevel', [
            { value: '', label: t('participants.nusUnknown') },
            ...Array.from({ length: 9 }, (_, level) => ({
              value: String(level),
              label: t(`participants.nus.${level}`),
            })),
          ])}
        </div>
        {checkbox('interpreterNeeded')}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('participants.edit.permitAndArrival')}</Fieldset.Legend>
        <div className="form-grid">
          {select('permitBasis', choices(PermitBasisSchema.options, 'permitBasis'))}
          {text('permitGrantedDate', { type: 'date' })}
          {text('protectionApplicationDate', { type: 'date' })}
          {select('arrivalCategory', choices(ArrivalCategorySchema.options, 'arrivalCategory'))}
          {text('arrivalDate', { type: 'date', description: t('participants.edit.arrivalDateHint') })}
        </div>
        {checkbox('permitGrantedAbroad')}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('participants.edit.addressAndContact')}</Fieldset.Legend>
        {person.addressHidden ? (
          <Alert data-color="info">
            <Paragraph>{t('participants.edit.addressHidden')}</Paragraph>
          </Alert>
        ) : (
          <div className="form-grid">
            {select(
              'addressProtection',
              AddressProtectionSchema.options.map((p) => ({
                value: p,
                label: t(`participants.addressProtection.${p}`),
              })),
            )}
            {text('address')}
            {text('postalCode')}
            {text('postalTown')}
            {text('phone', { type: 'tel' })}
            {text('email', { type: 'email' })}
          </div>
        )}
      </Fieldset>

      <FormActions
        submitLabel={t('participants.edit.submit')}
        pending={updatePerson.isPending}
        disabled={updatePerson.isPending || reloading}
        onCancel={onCancel}
      />
    </form>
  );
}
