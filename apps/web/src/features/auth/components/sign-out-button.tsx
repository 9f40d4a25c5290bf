import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../hooks/use-auth';

export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      data-size="sm"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut();
      }}
    >
      {pending ? t('header.signingOut') : t('header.signOut')}
    </Button>
  );
}
