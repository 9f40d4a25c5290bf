import {
  AddGroupMemberBodySchema,
  EXTERNAL_MEMBER_ROLES,
  USER_MEMBER_ROLES,
  type AddGroupMemberBody,
  type GroupMember,
} from '@ankomst/contracts';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField, useFeatureFieldError } from '../../../components/form';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { applyApiErrorToForm } from '../../../lib/forms';
import { groupCandidatesQueryOptions, groupQueryOptions, useAddGroupMember, useRemoveGroupMember } from '../api/group';

const ROLES = [...USER_MEMBER_ROLES, ...EXTERNAL_MEMBER_ROLES];
const FIELDS = ['role', 'userId', 'externalName', 'externalOrganisation'] as const;
type UserRole = (typeof USER_MEMBER_ROLES)[number];
const isUserRole = (role: string): role is UserRole => (USER_MEMBER_ROLES as readonly string[]).includes(role);

/** The responsibility group's members; consultants add and remove them. */
export function GroupMembers({ personId, canManage }: { personId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const group = useQuery(groupQueryOptions(personId));
  const remove = useRemoveGroupMember(personId);

  return (
    <div className="stack">
      <Heading level={2} data-size="sm">
        {t('meetings.group.heading')}
      </Heading>
      {group.isPending && <LoadingIndicator />}
      {group.isError && <ErrorAlert error={group.error} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {group.data && group.data.members.length === 0 && <Paragraph>{t('meetings.group.empty')}</Paragraph>}
      {group.data && group.data.members.length > 0 && (
        <div className="table-scroll">
          <Table zebra border>
            <caption className="visually-hidden">{t('meetings.group.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('meetings.group.columns.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('meetings.group.columns.role')}</Table.HeaderCell>
                {canManage && <Table.HeaderCell>{t('meetings.group.columns.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {group.data.members.map((m: GroupMember) => (
                <Table.Row key={m.id}>
                  <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                  <Table.Cell>
                    {t(`meetings.memberRoles.${m.role}`)}
                    {m.organisation ? `, ${m.organisation}` : ''}
                  </Table.Cell>
                  {canManage && (
                    <Table.Cell>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('meetings.group.removeLabel', { name: m.name })}
                        loading={remove.isPending && remove.variables === m.id}
                        onClick={() => remove.mutate(m.id)}
                      >
                        {t('meetings.group.remove')}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {canManage && <AddMemberForm personId={personId} />}
    </div>
  );
}

function AddMemberForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('meetings');
  const add = useAddGroupMember(personId);
  const [formError, setFormError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors },
  } = useForm<AddGroupMemberBody>({
    resolver: zodResolver(AddGroupMemberBodySchema),
    defaultValues: { role: 'NAV_ADVISER' },
    shouldFocusError: true,
  });
  const role = watch('role');
  const candidates = useQuery({
    ...groupCandidatesQueryOptions(personId, isUserRole(role) ? role : 'NAV_ADVISER'),
    enabled: isUserRole(role),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setAdded(null);
    const body: AddGroupMemberBody = isUserRole(values.role)
      ? { role: values.role, userId: values.userId }
      : { role: values.role, externalName: values.externalName, externalOrganisation: values.externalOrganisation };
    try {
      const member = await add.mutateAsync(body);
      setAdded(t('meetings.group.added', { name: member.name }));
      reset({ role: values.role });
    } catch (error) {
      if (!applyApiErrorToForm(error, setError, { fields: FIELDS, codeToField: { GROUP_ALREADY_MEMBER: 'userId' } }))
        setFormError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-labelledby="add-member-heading">
      <Heading level={3} data-size="xs" id="add-member-heading">
        {t('meetings.group.addHeading')}
      </Heading>
      {formError !== null && <ErrorAlert error={formError} />}
      <div aria-live="polite">{added && <Paragraph>{added}</Paragraph>}</div>
      <SelectField
        id="addMember-role"
        label={t('meetings.group.role')}
        options={ROLES.map((r) => ({ value: r, label: t(`meetings.memberRoles.${r}`) }))}
        {...register('role')}
      />
      {isUserRole(role) ? (
        <SelectField
          id="addMember-userId"
          label={t('meetings.group.user')}
          options={[
            { value: '', label: t('meetings.group.chooseUser') },
            ...(candidates.data?.items.map((c) => ({ value: c.id, label: c.name })) ?? []),
          ]}
          error={fieldError('userId', errors.userId)}
          aria-invalid={!!errors.userId}
          {...register('userId', { setValueAs: (v: string) => v || undefined })}
        />
      ) : (
        <>
          <Textfield
            id="addMember-externalName"
            label={t('meetings.group.externalName')}
            error={fieldError('externalName', errors.externalName)}
            {...register('externalName')}
          />
          <Textfield
            id="addMember-externalOrganisation"
            label={t('meetings.group.externalOrganisation')}
            error={fieldError('externalOrganisation', errors.externalOrganisation)}
            {...register('externalOrganisation')}
          />
        </>
      )}
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={add.isPending}>
          {t('meetings.group.add')}
        </Button>
      </div>
    </form>
  );
}
