import {
  AddNewHouseholdMemberBodySchema,
  CommonErrorCode,
  HouseholdErrorCode,
  type AddNewHouseholdMemberBody,
  type Household,
  type NewHouseholdMember,
} from '@ankomst/contracts';
import { Button, Heading } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm, type FieldError, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  FormActions,
  FormErrorList,
  StaleVersionAlert,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { isApiError } from '../../../lib/api-client';
import { useAddHouseholdMember } from '../api/households';
import { AddRegisteredMemberDialog } from './add-registered-member-dialog';
import { emptyMember, MEMBER_FIELDS } from './household-form-values';
import { MemberFieldset } from './member-fieldset';

const FORM = 'add-member';
type AddMemberInput = z.input<typeof AddNewHouseholdMemberBodySchema>;

/** Who joined: enough to name them in the confirmation. */
type AddedMember = Pick<NewHouseholdMember, 'firstName' | 'lastName'>;

interface AddMemberSectionProps {
  household: Household;
  /** Offer "Legg til registrert person" too (the person search is for consultants). */
  canAddRegistered: boolean;
  onAdded: (household: Household, member: AddedMember) => void;
  onReload: () => void;
}

/**
 * "Legg til medlem": a button that opens the form for a new person in the household (a disclosure, not a dialog),
 * and one that opens the dialog to add a person already registered.
 */
export function AddMemberSection({ household, canAddRegistered, onAdded, onReload }: AddMemberSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [registeredOpen, setRegisteredOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // The form goes away on save or cancel: focus returns to the button that opened it.
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <section aria-labelledby="household-add-member-heading" className="stack">
      <Heading level={2} data-size="sm" id="household-add-member-heading">
        {t('households.addMember.heading')}
      </Heading>
      <div className="button-row">
        <Button
          ref={toggleRef}
          type="button"
          variant={open ? 'primary' : 'secondary'}
          aria-expanded={open}
          aria-controls={open ? `${FORM}-form` : undefined}
          onClick={() => setOpen(!open)}
        >
          {t('households.addMember.open')}
        </Button>
        {canAddRegistered && (
          <Button type="button" variant="secondary" aria-haspopup="dialog" onClick={() => setRegisteredOpen(true)}>
            {t('households.addMember.openRegistered')}
          </Button>
        )}
      </div>
      {canAddRegistered && (
        <AddRegisteredMemberDialog
          household={household}
          open={registeredOpen}
          onAdded={(saved, member) => {
            setRegisteredOpen(false);
            onAdded(saved, member);
          }}
          onClose={() => setRegisteredOpen(false)}
        />
      )}
      {open && (
        <AddMemberForm
          household={household}
          onAdded={(saved, member) => {
            close();
            onAdded(saved, member);
          }}
          onCancel={close}
          onReload={onReload}
        />
      )}
    </section>
  );
}

interface AddMemberFormProps {
  household: Household;
  onAdded: (household: Household, member: NewHouseholdMember) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** A new person in the household: the same member fields as registration, with the relation to the household. */
function AddMemberForm({ household, onAdded, onCancel, onReload }: AddMemberFormProps) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('households');
  const errorMessage = useFeatureErrorMessage('households');
  const addMember = useAddHouseholdMember(household.id);
  const [formError, setFormError] = useState<string | null>(null);
  // The household version a save failed on: after a reload the page has a newer one, and the alert goes.
  const [staleAt, setStaleAt] = useState<number | null>(null);
  const stale = staleAt === household.version;
  const hasHead = household.members.some((m) => m.relation === 'HEAD');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<AddMemberInput, unknown, AddNewHouseholdMemberBody>({
    resolver: zodResolver(AddNewHouseholdMemberBodySchema),
    defaultValues: {
      version: household.version,
      member: emptyMember(hasHead ? 'CHILD' : 'HEAD', household.members[0]?.lastName ?? ''),
    },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      // The version the page shows now: after "reload" the user's input is kept and saved on the newer version.
      onAdded(await addMember.mutateAsync({ ...body, version: household.version }), body.member);
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) {
        setStaleAt(household.version);
        return;
      }
      if (isApiError(error) && error.code === HouseholdErrorCode.HEAD_EXISTS) {
        setError('member.relation', { type: error.code });
        return;
      }
      if (isApiError(error) && error.code === CommonErrorCode.VALIDATION_FAILED && error.issues.length > 0) {
        const mapped = error.issues.filter((i) => i.path.startsWith('member.'));
        for (const issue of mapped) setError(issue.path as Path<AddMemberInput>, { type: issue.code });
        if (mapped.length === error.issues.length) return;
      }
      setFormError(errorMessage(error));
    }
  });

  const summary: SummaryItem[] = MEMBER_FIELDS.flatMap((field) => {
    const text = fieldError(field, errors.member?.[field] as FieldError | undefined);
    return text ? [{ id: fieldDomId(FORM, `member.${field}`), text }] : [];
  });

  return (
    <form id={`${FORM}-form`} onSubmit={onSubmit} noValidate className="stack settlement-step-form">
      {stale && (
        <StaleVersionAlert
          message={t('households.addMember.stale')}
          reloadLabel={t('households.steps.reload')}
          onReload={onReload}
        />
      )}
      <FormErrorList key={submitCount} items={summary} formError={formError} headingLevel={3} />
      <MemberFieldset
        form={FORM}
        prefix="member"
        legend={t('households.addMember.legend')}
        register={register}
        errors={errors.member}
      />
      <FormActions submitLabel={t('households.addMember.submit')} pending={addMember.isPending} onCancel={onCancel} />
    </form>
  );
}
