import { ProjectEvent } from '@keystone/domain';

type Summaries = { [E in ProjectEvent as E['type']]: (data: E['data']) => string };

const withReason = (text: string, reason: string) => (reason ? `${text}: ${reason}` : text);

/** One line per event type; a new event type does not compile until it is described here. */
const SUMMARIES: Summaries = {
  ProjectRegistered: ({ profile }) => `registered ${profile.name} (${profile.township}, leader ${profile.leader})`,
  StageOpened: ({ stage, name, deadline }) => `stage ${stage} ${name} opened, due ${deadline.dueAt}`,
  TaskAssigned: ({ taskKey, name, department }) => `task ${taskKey} ${name} assigned to ${department}`,
  TaskDecided: ({ taskId, department, decision, comment }) => withReason(`${department} ${decision} ${taskId}`, comment),
  TaskResubmitted: ({ taskId, department, comment }) => withReason(`${taskId} resubmitted to ${department}`, comment),
  StageClosed: ({ stage }) => `stage ${stage} closed`,
  OwnerApplicationAwaited: ({ stage, application }) => `stage ${stage} waits for the owner's ${application}`,
  OwnerApplicationSubmitted: ({ stage, application, note }) => withReason(`${application} submitted, stage ${stage} opens`, note),
  AnnualInvestmentPlanned: ({ year, amount, previousAmount, note }) =>
    withReason(`investment planned for ${year}: ${amount} 万元${previousAmount === null ? '' : ` (was ${previousAmount})`}`, note),
  TemplateRevisionAdopted: ({ templateId, stages }) => `stages ${stages.map((stage) => stage.stage).join(', ')} follow the current revision of template ${templateId}`,
  ProjectCompleted: () => 'project completed',
  ProjectRefused: ({ department, reason }) => withReason(`refused by ${department}`, reason),
  StageClockStopped: ({ stage, reason }) => withReason(`stage ${stage} clock stopped`, reason),
  StageClockRestarted: ({ stage, deadline }) => `stage ${stage} clock restarted, due ${deadline.dueAt}`,
  WarningRaised: ({ level, explanation }) => `${level} warning: ${explanation.summary}`,
  EscalationRaised: ({ level, explanation }) => `${level} escalation: ${explanation.summary}`,
  AlertAcknowledged: ({ alertId, by }) => `alert ${alertId} acknowledged by ${by}`,
  InstructionGiven: ({ text, by, departments }) => `instruction by ${by} to ${departments.join(', ')}: ${text}`,
  DeadlineExtended: ({ stage, taskId, workingDays, reason }) => withReason(`${taskId ? `promise of ${taskId}` : `stage ${stage}`} extended by ${workingDays} working days`, reason),
  TaskReassigned: ({ taskId, fromDepartment, toDepartment, reason }) => withReason(`${taskId} reassigned from ${fromDepartment} to ${toDepartment}`, reason),
  ProjectSuspended: ({ expectedEnd, reason }) => withReason(`suspended until ${expectedEnd}`, reason),
  ProjectResumed: ({ note }) => withReason('resumed', note),
  ProblemRaised: ({ responsibleUnit, rectificationDeadline, description }) => `problem for ${responsibleUnit}, to rectify by ${rectificationDeadline}: ${description}`,
  ProblemClosed: ({ problemId, note }) => withReason(`problem ${problemId} closed`, note),
  SpecialProcedureStarted: ({ taskId, procedure, reason }) => withReason(`${procedure} started on ${taskId}`, reason),
  SpecialProcedureEnded: ({ taskId, reason }) => withReason(`special procedure on ${taskId} ended`, reason),
  InvestmentReported: ({ month, amount, previousAmount, note }) =>
    withReason(`investment ${month}: ${amount} (10k yuan)${previousAmount === null ? '' : `, corrected from ${previousAmount}`}`, note),
  DeadlineRecomputed: ({ stage, taskId, limit, deadline, reason }) =>
    withReason(`${taskId ? `${limit} clock of ${taskId}` : stage} deadline recomputed to ${deadline.dueAt}`, reason),
  StatutoryClockStopped: ({ taskId, used }) => `statutory clock of ${taskId} stopped (${used} used)`,
  StatutoryClockRestarted: ({ taskId, deadline }) => `statutory clock of ${taskId} runs again, due ${deadline.dueAt}`,
  PromisedClockStopped: ({ taskId, used }) => `promised clock of ${taskId} stopped (${used} used)`,
  PromisedClockRestarted: ({ taskId, deadline }) => `promised clock of ${taskId} runs again, due ${deadline.dueAt}`,
};

export function summarizeProjectEvent(event: ProjectEvent): string {
  // Exhaustive per type; TypeScript cannot pair a union's `type` with its `data` through an index.
  return (SUMMARIES[event.type] as (data: unknown) => string)(event.data);
}
