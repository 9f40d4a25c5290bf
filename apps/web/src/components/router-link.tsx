import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

/** A Designsystemet link that navigates inside the app without a page load. */
export function RouterLink({ className, ...props }: ComponentProps<typeof Link>) {
  return (
    <DsLink asChild className={className}>
      <Link {...props} />
    </DsLink>
  );
}
