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
import { AttendanceRoute } from './routes/attendance-route';
import { ParticipantAttendanceRoute } from './routes/participant-attendance-route';
import { BenefitsRoute } from './routes/benefits-route';
import { BenefitRoute } from './routes/benefit-route';
import { PaymentRunsRoute } from './routes/payment-runs-route';
import { PaymentRunRoute } from './routes/payment-run-route';
import { NirRoute } from './routes/nir-route';
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
              {
                element: <RequirePermission permission="handovers.read" />,
                children: [
                  { path: paths.handovers, element: <HandoversRoute /> },
                  { path: paths.handover, element: <HandoverRoute /> },
                ],
              },
              {
                element: <RequirePermission permission="handovers.write" />,
                children: [{ path: paths.newHandover, element: <NewHandoverRoute /> }],
              },
              {
                element: <RequirePermission permission="education.read" />,
                children: [
                  { path: paths.classes, element: <ClassesRoute /> },
                  { path: paths.class, element: <ClassRoute /> },
                ],
              },
              {
                element: <RequirePermission permission="households.write" />,
                children: [
                  { path: paths.households, element: <HouseholdsRoute /> },
                  { path: paths.newHousehold, element: <NewHouseholdRoute /> },
                ],
              },
              {
                element: <RequirePermission permission="participants.read" />,
                children: [
                  { path: paths.household, element: <HouseholdRoute /> },
                  { path: paths.participant, element: <ParticipantRoute /> },
                ],
              },
              {
                element: <RequirePermission permission="outcomes.read" />,
                children: [{ path: paths.outcomes, element: <OutcomesRoute /> }],
              },
              {
                element: <RequirePermission permission="participants.read" />,
                children: [{ path: paths.caseload, element: <CaseloadRoute /> }],
              },
              {
                element: <RequirePermission permission="deadlines.read" />,
                children: [{ path: paths.deadlines, element: <DeadlinesRoute /> }],
              },
              { path: paths.inbox, element: <InboxRoute /> },
              {
                element: <RequirePermission permission="tasks.read" />,
                children: [{ path: paths.tasks, element: <TasksRoute /> }],
              },
              {
                element: <RequirePermission permission="meetings.read" />,
                children: [{ path: paths.meeting, element: <MeetingRoute /> }],
              },
              {
                element: <RequirePermission permission="participants.read" />,
                children: [{ path: paths.participantMeetings, element: <ParticipantMeetingsRoute /> }],
              },
              {
                element: <RequirePermission permission="attendance.write" />,
                children: [{ path: paths.attendance, element: <AttendanceRoute /> }],
              },
              {
                element: <RequirePermission permission="attendance.review" />,
                children: [{ path: paths.participantAttendance, element: <ParticipantAttendanceRoute /> }],
              },
              {
                element: <RequirePermission permission="benefits.read" />,
                children: [
                  { path: paths.benefits, element: <BenefitsRoute /> },
                  { path: paths.benefit, element: <BenefitRoute /> },
                ],
              },
              {
                element: <RequirePermission permission="payments.approve" />,
                children: [
                  { path: paths.paymentRuns, element: <PaymentRunsRoute /> },
                  { path: paths.paymentRun, element: <PaymentRunRoute /> },
                ],
              },
              {
                element: <RequirePermission permission="nir.read" />,
                children: [{ path: paths.nir, element: <NirRoute /> }],
              },
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
