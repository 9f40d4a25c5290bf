import {
  ArrivalCategorySchema,
  HouseholdRelationSchema,
  PermitBasisSchema,
  SexSchema,
  type NewHouseholdMember,
} from '@ankomst/contracts';
import { Button, Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { FieldError, FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldDomId, SelectField, useFeatureFieldError } from '../../../components/form';
import { nullIfEmpty, nusLevelValue, languagesValue } from './household-form-values';

export const FORM = 'household';

interface MemberFieldsetProps<T extends FieldValues> {
  /** The form's DOM id prefix (see `fieldDomId`). */
  form: string;
  /** Where the member sits in the form's values: `members.0` when registering a household, `member` when adding. */
  prefix: string;
  legend: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<NewHouseholdMember> | undefined;
  /** Shown as a button under the fields when given. */
  onRemove?: () => void;
  removeLabel?: string;
}

/** One member's facts: identity, language, permit and arrival, education. */
export function MemberFieldset<T extends FieldValues>({
  form,
  prefix,
  legend,
  register,
  errors,
  onRemove,
  removeLabel,
}: MemberFieldsetProps<T>) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('households');
  const id = (field: keyof NewHouseholdMember) => fieldDomId(form, `${prefix}.${field}`);
  const err = (field: keyof NewHouseholdMember) => fieldError(field, errors?.[field] as FieldError | undefined);
  const path = (field: keyof NewHouseholdMember) => `${prefix}.${field}` as Path<T>;
  const none = { value: '', label: t('households.form.notGiven') };

  return (
    <Fieldset className="household-member">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <div className="form-grid">
        <Textfield
          id={id('firstName')}
          label={t('households.fields.firstName')}
          autoComplete="off"
          error={err('firstName')}
          {...register(path('firstName'))}
        />
        <Textfield
          id={id('lastName')}
          label={t('households.fields.lastName')}
          autoComplete="off"
          error={err('lastName')}
          {...register(path('lastName'))}
        />
        <Textfield
          id={id('birthDate')}
          type="date"
          label={t('households.fields.birthDate')}
          error={err('birthDate')}
          {...register(path('birthDate'))}
        />
        <SelectField
          id={id('relation')}
          label={t('households.fields.relation')}
          options={HouseholdRelationSchema.options.map((r) => ({ value: r, label: t(`households.relation.${r}`) }))}
          error={err('relation')}
          {...register(path('relation'))}
        />
        <SelectField
          id={id('sex')}
          label={t('households.fields.sex')}
          options={[none, ...SexSchema.options.map((s) => ({ value: s, label: t(`households.sex.${s}`) }))]}
          error={err('sex')}
          {...register(path('sex'), { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={id('countryOfBirth')}
          label={t('households.fields.countryOfBirth')}
          description={t('households.form.countryHint')}
          autoComplete="off"
          error={err('countryOfBirth')}
          {...register(path('countryOfBirth'), { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={id('languages')}
          label={t('households.fields.languages')}
          description={t('households.form.languagesHint')}
          autoComplete="off"
          error={err('languages')}
          {...register(path('languages'), { setValueAs: languagesValue })}
        />
        <SelectField
          id={id('nusLevel')}
          label={t('households.fields.nusLevel')}
          options={[
            { value: '', label: t('households.nus.unknown') },
            ...Array.from({ length: 9 }, (_, level) => ({ value: String(level), label: t(`households.nus.${level}`) })),
          ]}
          error={err('nusLevel')}
          {...register(path('nusLevel'), { setValueAs: nusLevelValue })}
        />
      </div>
      <Checkbox
        id={id('interpreterNeeded')}
        label={t('households.fields.interpreterNeeded')}
        {...register(path('interpreterNeeded'))}
      />
      <div className="form-grid">
        <SelectField
          id={id('permitBasis')}
          label={t('households.fields.permitBasis')}
          options={[
            none,
            ...PermitBasisSchema.options.map((p) => ({ value: p, label: t(`households.permitBasis.${p}`) })),
          ]}
          error={err('permitBasis')}
          {...register(path('permitBasis'), { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={id('permitGrantedDate')}
          type="date"
          label={t('households.fields.permitGrantedDate')}
          error={err('permitGrantedDate')}
          {...register(path('permitGrantedDate'), { setValueAs: nullIfEmpty })}
        />
        <SelectField
          id={id('arrivalCategory')}
          label={t('households.fields.arrivalCategory')}
          options={[
            none,
            ...ArrivalCategorySchema.options.map((c) => ({ value: c, label: t(`households.arrivalCategory.${c}`) })),
          ]}
          error={err('arrivalCategory')}
          {...register(path('arrivalCategory'), { setValueAs: nullIfEmpty })}
        />
        <Textfield
          id={id('arrivalDate')}
          type="date"
          label={t('households.fields.arrivalDate')}
          description={t('households.form.arrivalDateHint')}
          error={err('arrivalDate')}
          {...register(path('arrivalDate'), { setValueAs: nullIfEmpty })}
        />
      </div>
      <Checkbox
        id={id('permitGrantedAbroad')}
        label={t('households.fields.permitGrantedAbroad')}
        {...register(path('permitGrantedAbroad'))}
      />
      {onRemove && (
        <div className="button-row">
          <Button type="button" variant="tertiary" data-color="danger" onClick={onRemove}>
            {removeLabel}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
