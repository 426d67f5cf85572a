import { InitialSchema1764460800000 } from './migrations/1764460800000-InitialSchema';
import { CalendarData1795985304412 } from './migrations/1795985304412-CalendarData';
import { EventsActorIndex1795985404097 } from './migrations/1795985404097-EventsActorIndex';
import { StageDurations1795985428623 } from './migrations/1795985428623-StageDurations';
import { EscalationReadModels1795986500000 } from './migrations/1795986500000-EscalationReadModels';
import { AlertDeliveries1795987214633 } from './migrations/1795987214633-AlertDeliveries';
import { TaskDueRule1795988400000 } from './migrations/1795988400000-TaskDueRule';
import { LiveChangeTrigger1795989600000 } from './migrations/1795989600000-LiveChangeTrigger';
import { KeptLightAndReturnReason1795990800000 } from './migrations/1795990800000-KeptLightAndReturnReason';
import { CalendarCorrections1795993200000 } from './migrations/1795993200000-CalendarCorrections';
import { InvestmentReports1795996800000 } from './migrations/1795996800000-InvestmentReports';
import { NoticesIssued1795998000000 } from './migrations/1795998000000-NoticesIssued';
import { InvestmentReportChases1795999200000 } from './migrations/1795999200000-InvestmentReportChases';
import { InboxDeadlines1796000400000 } from './migrations/1796000400000-InboxDeadlines';
import { AwaitingApplication1796001600000 } from './migrations/1796001600000-AwaitingApplication';
import { TemplateRevisions1796002800000 } from './migrations/1796002800000-TemplateRevisions';
import { AnnualInvestmentPlans1796004000000 } from './migrations/1796004000000-AnnualInvestmentPlans';

/** Every schema migration, oldest first. The schema is never synchronised from entities. */
export const KEYSTONE_MIGRATIONS = [InitialSchema1764460800000, CalendarData1795985304412, EventsActorIndex1795985404097, StageDurations1795985428623, EscalationReadModels1795986500000, AlertDeliveries1795987214633, TaskDueRule1795988400000, LiveChangeTrigger1795989600000, KeptLightAndReturnReason1795990800000, CalendarCorrections1795993200000, InvestmentReports1795996800000, NoticesIssued1795998000000, InvestmentReportChases1795999200000, InboxDeadlines1796000400000, AwaitingApplication1796001600000, TemplateRevisions1796002800000, AnnualInvestmentPlans1796004000000];
