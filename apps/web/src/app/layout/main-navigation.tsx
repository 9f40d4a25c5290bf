import type { Role } from '@ankomst/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { UnreadBadge } from '../../features/inbox';
import { navItemsFor } from '../navigation';

/** The role-dependent menu; the current page is marked with aria-current by NavLink. */
export function MainNavigation({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('header.mainNavigation')} className="main-nav">
      <ul className="main-nav__list">
        {navItemsFor(roles).map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} end={item.end} className="main-nav__link">
              {t(item.labelKey)}
              {item.unreadBadge && <UnreadBadge />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
