import { can, type Permission, type Role } from '@ankomst/contracts';
import { paths } from './paths';

/** One item in the main navigation. */
export interface NavItem {
  /** Absolute route path; the route itself is registered in `router.tsx`. */
  path: string;
  /** i18n key of the label, under `nav.` in `src/locales/{nb,en}.json`. */
  labelKey: `nav.${string}`;
  /** The permission (from the contracts' matrix) needed to see it; leave out for every signed-in user. */
  permission?: Permission;
  /** Active only on the exact path (for the home page, whose path prefixes every other). */
  end?: boolean;
  /** Shows the number of unread notifications after the label (the inbox). */
  unreadBadge?: boolean;
}

/**
 * The main navigation, in display order. A feature adds its page with one line here (plus its route in
 * `router.tsx` and its label in the locale files), e.g.
 *   { path: '/deltakere', labelKey: 'nav.participants', permission: 'participants.read' },
 * List only routes that exist: the menu never links to a page that is not built yet.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: paths.home, labelKey: 'nav.home', end: true },
  { path: paths.users, labelKey: 'nav.users', permission: 'users.manage' },
  { path: paths.households, labelKey: 'nav.households', permission: 'households.write' },
  { path: paths.caseload, labelKey: 'nav.caseload', permission: 'participants.read' },
  { path: paths.deadlines, labelKey: 'nav.deadlines', permission: 'deadlines.read' },
  { path: paths.handovers, labelKey: 'nav.handovers', permission: 'handovers.read' },
  { path: paths.classes, labelKey: 'nav.classes', permission: 'education.read' },
  { path: paths.outcomes, labelKey: 'nav.outcomes', permission: 'outcomes.read' },
  { path: paths.tasks, labelKey: 'nav.tasks', permission: 'tasks.read' },
  { path: paths.inbox, labelKey: 'nav.inbox', unreadBadge: true },
  { path: paths.attendance, labelKey: 'nav.attendance', permission: 'attendance.write' },
  { path: paths.benefits, labelKey: 'nav.benefits', permission: 'benefits.read' },
  { path: paths.paymentRuns, labelKey: 'nav.payments', permission: 'payments.approve' },
  { path: paths.nir, labelKey: 'nav.nir', permission: 'nir.read' },
  { path: paths.account, labelKey: 'nav.account' },
];

/** The items a user with these roles may see. */
export function navItemsFor(roles: readonly Role[], items: readonly NavItem[] = NAV_ITEMS): NavItem[] {
  return items.filter((item) => !item.permission || can(roles, item.permission));
}
