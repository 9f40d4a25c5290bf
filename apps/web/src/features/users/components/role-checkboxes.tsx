import { ROLES } from '@ankomst/contracts';
import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, type FormName } from '../../../lib/forms';

interface RoleCheckboxesProps {
  form: FormName;
  legend: string;
  description?: string;
  error?: string;
  registration: UseFormRegisterReturn<'roles'>;
}

/** One checkbox per role in a fieldset; the group's error is linked to every box by Designsystemet. */
export function RoleCheckboxes({ form, legend, description, error, registration }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  const baseId = fieldId(form, 'roles');
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {ROLES.map((role, index) => (
        <Checkbox
          key={role}
          // The first box carries the field's id so the error summary can link to the group.
          id={index === 0 ? baseId : `${baseId}-${role}`}
          label={t(`roles.${role}`)}
          value={role}
          {...registration}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
