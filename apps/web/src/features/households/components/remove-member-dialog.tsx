import { CommonErrorCode, type Household, type HouseholdMember } from '@ankomst/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useFeatureErrorMessage } from '../../../components/form';
import { isApiError } from '../../../lib/api-client';
import { householdsQueryKeys, useRemoveHouseholdMember } from '../api/households';

interface RemoveMemberDialogProps {
  household: Household;
  /** The member to take out; null keeps the dialog closed. */
  member: HouseholdMember | null;
  onRemoved: (household: Household, member: HouseholdMember) => void;
  onClose: () => void;
}

/**
 * Asks before taking a member out of the household. The person stays registered (with their own case); the
 * household's version guards against removing on top of someone else's change: the household is then reloaded
 * and the user can confirm again.
 */
export function RemoveMemberDialog({ household, member, onRemoved, onClose }: RemoveMemberDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorMessage = useFeatureErrorMessage('households');
  const removeMember = useRemoveHouseholdMember(household.id);
  const [error, setError] = useState<string | null>(null);
  const name = member ? `${member.firstName} ${member.lastName}` : '';
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!member) return;
    setError(null);
    try {
      const saved = await removeMember.mutateAsync({ personId: member.personId, version: household.version });
      onRemoved(saved, member);
    } catch (e) {
      if (isApiError(e) && e.code === CommonErrorCode.STALE_VERSION) {
        await queryClient.invalidateQueries({ queryKey: householdsQueryKeys.detail(household.id) });
        setError(t('households.removeMember.stale'));
        return;
      }
      setError(errorMessage(e));
    }
  };
  return (
    <ConfirmDialog
      open={member !== null}
      heading={t('households.removeMember.heading', { name })}
      description={t('households.removeMember.description', { name, household: household.name })}
      confirmLabel={t('households.removeMember.confirm')}
      pending={removeMember.isPending}
      error={error}
      onConfirm={() => void confirm()}
      onClose={close}
    />
  );
}
