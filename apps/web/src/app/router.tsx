import { createBrowserRouter, type RouteObject } from 'react-router';
import { ProtectedLayout } from './layout/protected-layout';
import { RequirePermission } from './layout/require-permission';
import { paths } from './paths';
import { AccountRoute } from './routes/account-route';
import { CreateUserRoute } from './routes/create-user-route';
import { HomeRoute } from './routes/home-route';
import { InboxRoute } from './routes/inbox-route';
import { MeetingRoute } from './routes/meeting-route';
import { ParticipantMeetingsRoute } from './routes/participant-meetings-route';
import { TasksRoute } from './routes/tasks-route';
import { HouseholdRoute } from './routes/household-route';
import { HouseholdsRoute } from './routes/households-route';
import { NewHouseholdRoute } from './routes/new-household-route';
import { ParticipantRoute } from './routes/participant-route';
import { HandoverRoute } from './routes/handover-route';
import { HandoversRoute } from './routes/handovers-route';
import { NewHandoverRoute } from './routes/new-handover-route';
import { ClassRoute } from './routes/class-route';
import { ClassesRoute } from './routes/classes-route';
import { NotFoundRoute } from './routes/not-found-route';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { UsersRoute } from './routes/users-route';
import { CaseloadRoute } from './routes/caseload-route';
import { DeadlinesRoute } from './routes/deadlines-route';
import { OutcomesRoute } from './routes/outcomes-route';

/**
 * Every route of the web client. A feature adds its pages inside the protected layout's children, wrapped in
 * `RequirePermission` with the same permission as its nav item in `navigation.ts`.
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: paths.signIn, element: <SignInRoute /> },
      {
        element: <ProtectedLayout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomeRoute /> },
              { path: paths.account, element: <AccountRoute /> },
              {
                element: <RequirePermission permission="users.manage" />,
                children: [
                  { path: paths.users, element: <UsersRoute /> },
                  { path: paths.newUser, element: <CreateUserRoute /> },
                ],
              },
              { element: <RequirePermission permission="handovers.read" />, children: [{ path: paths.handovers, element: <HandoversRoute /> }, { path: paths.handover, element: <HandoverRoute /> }] },
              { element: <RequirePermission permission="handovers.write" />, children: [{ path: paths.newHandover, element: <NewHandoverRoute /> }] },
              { element: <RequirePermission permission="education.read" />, children: [{ path: paths.classes, element: <ClassesRoute /> }, { path: paths.class, element: <ClassRoute /> }] },
              { element: <RequirePermission permission="households.write" />, children: [{ path: paths.households, element: <HouseholdsRoute /> }, { path: paths.newHousehold, element: <NewHouseholdRoute /> }] },
              { element: <RequirePermission permission="participants.read" />, children: [{ path: paths.household, element: <HouseholdRoute /> }, { path: paths.participant, element: <ParticipantRoute /> }] },
              { element: <RequirePermission permission="outcomes.read" />, children: [{ path: paths.outcomes, element: <OutcomesRoute /> }] },
              { element: <RequirePermission permission="participants.read" />, children: [{ path: paths.caseload, element: <CaseloadRoute /> }] },
              { element: <RequirePermission permission="deadlines.read" />, children: [{ path: paths.deadlines, element: <DeadlinesRoute /> }] },
              { path: paths.inbox, element: <InboxRoute /> },
              { element: <RequirePermission permission="tasks.read" />, children: [{ path: paths.tasks, element: <TasksRoute /> }] },
              { element: <RequirePermission permission="meetings.read" />, children: [{ path: paths.meeting, element: <MeetingRoute /> }] },
              { element: <RequirePermission permission="participants.read" />, children: [{ path: paths.participantMeetings, element: <ParticipantMeetingsRoute /> }] },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
