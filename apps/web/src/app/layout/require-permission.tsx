import { can, type Permission } from '@ankomst/contracts';
import { Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth';
import { NotFoundRoute } from '../routes/not-found-route';

/** Guards a group of routes by permission; others get the 404 page, like the API's "not found or no access". */
export function RequirePermission({ permission }: { permission: Permission }) {
  const user = useCurrentUser();
  return can(user.roles, permission) ? <Outlet /> : <NotFoundRoute />;
}
