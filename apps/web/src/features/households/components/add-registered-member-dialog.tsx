import {
  AddRegisteredHouseholdMemberBodySchema,
  CommonErrorCode,
  HouseholdErrorCode,
  HouseholdRelationSchema,
  PersonErrorCode,
  type Household,
  type HouseholdMember,
  type PersonListItem,
} from '@ankomst/contracts';
import { Alert, Button, Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  fieldDomId,
  FormActions,
  FormErrorList,
  SelectField,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { FormDialog } from '../../../components/form-dialog';
import { isApiError } from '../../../lib/api-client';
import { householdsQueryKeys, registeredPersonSearchQueryOptions, useAddHouseholdMember } from '../api/households';
import { formatDate } from './format';

const FORM = 'add-registered';
const id = (field: string) => fieldDomId(FORM, field);

/** The dialog's fields: the person picked among the results, and the relation ('' until one is chosen). */
const RegisteredMemberFormSchema = AddRegisteredHouseholdMemberBodySchema.pick({
  personId: true,
  relation: true,
}).extend({ relation: z.literal('').or(HouseholdRelationSchema).pipe(HouseholdRelationSchema) });
type Input = z.input<typeof RegisteredMemberFormSchema>;
type Values = z.output<typeof RegisteredMemberFormSchema>;

/** Refusals that belong to one field: a second head, a person already here, a person out of reach. */
const FIELD_FOR_CODE: Partial<Record<string, keyof Input>> = {
  [HouseholdErrorCode.HEAD_EXISTS]: 'relation',
  [HouseholdErrorCode.MEMBER_EXISTS]: 'personId',
  [PersonErrorCode.NOT_FOUND]: 'personId',
};

interface AddRegisteredMemberDialogProps {
  household: Household;
  open: boolean;
  onAdded: (household: Household, member: HouseholdMember) => void;
  onClose: () => void;
}

/**
 * "Legg til registrert person": find a person already registered by name, see their birth date and the households
 * they belong to now, pick them and their relation. A person who is a member elsewhere stays a member there too
 * (the API keeps both memberships); the dialog says so before the consultant confirms.
 */
export function AddRegisteredMemberDialog({ household, open, onAdded, onClose }: AddRegisteredMemberDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog
      open={open}
      heading={t('households.addRegistered.heading', { household: household.name })}
      onClose={onClose}
    >
      <AddRegisteredMemberForm household={household} onAdded={onAdded} onCancel={onClose} />
    </FormDialog>
  );
}

interface AddRegisteredMemberFormProps {
  household: Household;
  onAdded: (household: Household, member: HouseholdMember) => void;
  onCancel: () => void;
}

function AddRegisteredMemberForm({ household, onAdded, onCancel }: AddRegisteredMemberFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const fieldError = useFeatureFieldError('households', { featureErrorCodes: true });
  const errorMessage = useFeatureErrorMessage('households');
  const addMember = useAddHouseholdMember(household.id);
  // What is typed, and what was last searched for (Enter or "Søk"): each search is audited, so not per keystroke.
  const [term, setTerm] = useState('');
  const [search, setSearch] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const persons = useQuery(registeredPersonSearchQueryOptions(search));
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, submitCount },
  } = useForm<Input, unknown, Values>({
    resolver: zodResolver(RegisteredMemberFormSchema),
    defaultValues: { personId: '', relation: '' },
    shouldFocusError: false,
  });

  const results = search && persons.data ? persons.data.items : [];
  // Members of this household are named apart from the choices (a disabled radio would be faint and skipped).
  const memberIds = new Set(household.members.map((m) => m.personId));
  const choices = results.filter((p) => !memberIds.has(p.id));
  const present = results.filter((p) => memberIds.has(p.id));
  const firstChoice = choices[0];
  const chosen = choices.find((p) => p.id === watch('personId')) ?? null;
  const elsewhere = chosen?.households.filter((h) => h.householdId !== household.id) ?? [];
  const listOf = (names: string[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);

  const runSearch = () => {
    const next = term.trim();
    setTooShort(next.length < 2);
    if (next.length < 2) return;
    setValue('personId', '');
    setSearch(next);
  };
  const searchOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    runSearch();
  };

  const describe = (p: PersonListItem) => {
    const where =
      p.households.length === 0
        ? t('households.addRegistered.noHousehold')
        : listOf(
            p.households.map((h) =>
              t('households.addRegistered.memberOf', {
                relation: t(`households.relation.${h.relation}`),
                household: h.name,
              }),
            ),
          );
    return t('households.addRegistered.description', {
      born: formatDate(p.birthDate, i18n.language),
      where,
    });
  };

  // What the search found, read out by screen readers (the region is always there; its text changes).
  const searchStatus = (): string => {
    if (tooShort) return t('households.addRegistered.tooShort');
    if (!search) return '';
    if (persons.isFetching) return t('households.addRegistered.searching');
    if (persons.isError) return errorMessage(persons.error);
    const { items, total } = persons.data ?? { items: [], total: 0 };
    if (total === 0) return t('households.addRegistered.noneFound', { search });
    if (total > items.length) return t('households.addRegistered.someFound', { count: items.length, total });
    return t('households.addRegistered.found', { count: items.length });
  };
  const status = searchStatus();

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await addMember.mutateAsync({ version: household.version, ...values });
      const member = saved.members.find((m) => m.personId === values.personId);
      if (member) onAdded(saved, member);
      else onCancel();
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) {
        // The household is reloaded under the dialog; the choice stays, and confirming again uses the new version.
        await queryClient.invalidateQueries({ queryKey: householdsQueryKeys.detail(household.id) });
        setFormError(t('households.addRegistered.stale'));
        return;
      }
      const field = isApiError(error) ? FIELD_FOR_CODE[error.code] : undefined;
      if (isApiError(error) && field) {
        setError(field, { type: error.code });
        return;
      }
      setFormError(errorMessage(error));
    }
  });

  const personError = fieldError('personId', errors.personId);
  const relationError = fieldError('relation', errors.relation);
  const summary: SummaryItem[] = [
    ...(personError ? [{ id: firstChoice ? id(`personId-${firstChoice.id}`) : id('search'), text: personError }] : []),
    ...(relationError ? [{ id: id('relation'), text: relationError }] : []),
  ];

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="stack">
      <FormErrorList key={submitCount} items={summary} formError={formError} headingLevel={3} />
      <div className="household-person-search">
        <Textfield
          id={id('search')}
          // The dialog opens on the search field (showModal and Designsystemet look for the attribute).
          ref={(el) => el?.setAttribute('autofocus', '')}
          type="search"
          autoComplete="off"
          label={t('households.addRegistered.search')}
          description={t('households.addRegistered.searchHelp')}
          error={firstChoice ? undefined : personError}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          onKeyDown={searchOnEnter}
        />
        <Button type="button" variant="secondary" onClick={runSearch}>
          {t('households.addRegistered.searchButton')}
        </Button>
      </div>
      <div role="status">{status && <Paragraph data-size="sm">{status}</Paragraph>}</div>
      {present.length > 0 && (
        <Paragraph data-size="sm">
          {t('households.addRegistered.alreadyHere', {
            names: listOf(present.map((p) => `${p.firstName} ${p.lastName}`)),
            count: present.length,
          })}
        </Paragraph>
      )}
      {firstChoice && (
        <Fieldset>
          <Fieldset.Legend>{t('households.addRegistered.person')}</Fieldset.Legend>
          {choices.map((p) => (
            <Radio
              key={p.id}
              id={id(`personId-${p.id}`)}
              value={p.id}
              label={`${p.firstName} ${p.lastName}`}
              description={describe(p)}
              aria-invalid={personError ? true : undefined}
              {...register('personId')}
            />
          ))}
          {personError && <ValidationMessage>{personError}</ValidationMessage>}
        </Fieldset>
      )}
      <div aria-live="polite">
        {chosen && elsewhere.length > 0 && (
          <Alert data-color="warning">
            <Paragraph>
              {t('households.addRegistered.elsewhere', {
                name: `${chosen.firstName} ${chosen.lastName}`,
                households: listOf(elsewhere.map((h) => h.name)),
                household: household.name,
              })}
            </Paragraph>
          </Alert>
        )}
      </div>
      <SelectField
        id={id('relation')}
        label={t('households.fields.relation')}
        options={[
          { value: '', label: t('households.addRegistered.chooseRelation') },
          ...HouseholdRelationSchema.options.map((r) => ({ value: r, label: t(`households.relation.${r}`) })),
        ]}
        error={relationError}
        {...register('relation')}
      />
      <FormActions
        submitLabel={t('households.addRegistered.submit')}
        pending={addMember.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
