import { useEffect } from 'react';
import { keepSessionFresh } from '../session/session-renewal';
import type { Actor } from '../api/api.types';
import { DepartmentInboxPage } from '../tasks/department-inbox.page';
import { OwnerCorrectionsPage } from '../tasks/owner-corrections.page';
import { LeaderInboxPage } from '../alerts/leader-inbox.page';
import { ANNUAL_PLAN_READERS, AnnualPlansPage } from '../investment/annual-plans.page';
import { InvestmentReportsPage } from '../investment/investment-reports.page';
import { AccountsPage } from '../accounts/accounts.page';
import { BoardPage } from '../board/board.page';
import { CALENDAR_READERS, CalendarPage } from '../calendar/calendar.page';
import { LiveUpdatesProvider } from '../live/live-updates.context';
import { OperatorPage } from '../operator/operator.page';
import { ProjectPage } from '../project/project.page';
import { ReferenceNamesProvider } from '../reference/reference-names.context';
import { RegisterProjectPage } from '../registration/register-project.page';
import { NoticePage } from '../notice/notice.page';
import { TemplatesPage } from '../templates/templates.page';
import { WEBHOOK_READERS, WebhooksPage } from '../webhooks/webhooks.page';
import { LoginPage } from '../session/login.page';
import { useSession } from '../session/use-session.hook';
import { landingOf } from './landing';
import { navigate, useLocation } from './router';
import { Shell } from './shell.component';

export function App() {
  const session = useSession();
  useEffect(() => keepSessionFresh(), []);
  if (!session) return <LoginPage />;
  return (
    <LiveUpdatesProvider token={session.token}>
      <ReferenceNamesProvider>
        <Shell actor={session.actor}>
          <Routes actor={session.actor} />
        </Shell>
      </ReferenceNamesProvider>
    </LiveUpdatesProvider>
  );
}

function Routes({ actor }: { actor: Actor }) {
  const { path } = useLocation();
  const project = path.match(/^\/projects\/([^/]+)$/);
  const operated = path.match(/^\/operator(?:\/([^/]+))?$/);
  if (path === '/board') return <BoardPage />;
  if (path === '/projects/new' && actor.role === 'office') return <RegisterProjectPage />;
  if (project) return <ProjectPage code={decodeURIComponent(project[1])} actor={actor} />;
  if (path === '/inbox') return <DepartmentInboxPage />;
  if (path === '/corrections') return <OwnerCorrectionsPage />;
  if (path === '/alerts') return <LeaderInboxPage actor={actor} />;
  if (path === '/notice') return <NoticePage actor={actor} />;
  if (path === '/investment') return <InvestmentReportsPage actor={actor} />;
  if (path === '/annual-plans' && ANNUAL_PLAN_READERS.includes(actor.role)) return <AnnualPlansPage actor={actor} />;
  if (path === '/templates') return <TemplatesPage actor={actor} />;
  if (path === '/calendar' && CALENDAR_READERS.includes(actor.role)) return <CalendarPage actor={actor} />;
  if (path === '/webhooks' && WEBHOOK_READERS.includes(actor.role)) return <WebhooksPage actor={actor} />;
  if (path === '/users' && actor.role === 'admin') return <AccountsPage />;
  if (operated) return <OperatorPage code={operated[1] && decodeURIComponent(operated[1])} />;
  return <Redirect to={landingOf(actor.role)} />;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
