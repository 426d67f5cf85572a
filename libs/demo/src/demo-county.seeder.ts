import { Injectable, Logger } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { NewAccount, UserAccountsService } from '@keystone/access';
import { CalendarService } from '@keystone/calendar';
import { ProjectView, Role, STAGE_KEYS, UserActor, awaitedApplication, beijingMonth, openTasks, projectWorkflowId, reportingMonth, systemActor } from '@keystone/domain';
import { InvestmentReportsService, OwnerApplicationsService, ProjectBoardService, ProjectRegistrationService, TaskDecisionsService } from '@keystone/projects';
import { ReferenceDataService } from '@keystone/reference-data';
import { projectStateQuery } from '@keystone/workflows';
import { DEMO_DEPARTMENTS, DEMO_LEADERS, DEMO_OWNER_UNITS, DEMO_TEMPLATES, DEMO_TOWNSHIPS } from './demo-reference-data';
import { DEMO_PROJECTS, DemoProject, UNDER_CONSTRUCTION, demoAnnualPlan, demoInvestmentReports, demoPlannedDates, demoProjectCode } from './demo-projects';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  department?: string;
  leader?: string;
  ownerUnit?: string;
}

/** From 开工 on, a project's owner reports investment every month. */
const BUILDING_STAGE = STAGE_KEYS.indexOf('construction-start');

/** Seeds the demo county through the normal paths: reference data, accounts, then projects via their workflows. */
@Injectable()
export class DemoCountySeeder {
  private readonly logger = new Logger(DemoCountySeeder.name);

  constructor(
    private readonly referenceData: ReferenceDataService,
    private readonly accounts: UserAccountsService,
    private readonly registration: ProjectRegistrationService,
    private readonly decisions: TaskDecisionsService,
    private readonly board: ProjectBoardService,
    private readonly investment: InvestmentReportsService,
    private readonly applications: OwnerApplicationsService,
    private readonly calendars: CalendarService,
    private readonly client: Client,
  ) {}

  async seedReferenceData(): Promise<void> {
    const kinds = [['townships', DEMO_TOWNSHIPS], ['departments', DEMO_DEPARTMENTS], ['leaders', DEMO_LEADERS], ['owner-units', DEMO_OWNER_UNITS]] as const;
    for (const [kind, items] of kinds) {
      const known = new Set((await this.referenceData.list(kind)).map((item) => item.code));
      for (const item of items.filter((candidate) => !known.has(candidate.code))) await this.referenceData.add(kind, item);
    }
    const templates = new Set((await this.referenceData.listTemplates()).map((template) => template.id));
    for (const template of DEMO_TEMPLATES.filter((candidate) => !templates.has(candidate.id))) await this.referenceData.addTemplate(template);
  }

  /** One account per role, department, leader and owner unit; existing accounts are left as they are. */
  async seedAccounts(password: (username: string) => string): Promise<DemoAccount[]> {
    const created: DemoAccount[] = [];
    for (const account of demoAccounts()) {
      if (await this.accounts.exists(account.username)) continue;
      const withPassword = { ...account, password: password(account.username) };
      await this.accounts.create(withPassword, systemActor('demo-seed'));
      created.push(withPassword);
    }
    return created;
  }

  /** Registers the demo projects not yet registered and walks each to the stage it stands in. */
  async seedProjects(office: UserActor): Promise<void> {
    const seedingMonth = beijingMonth(new Date());
    for (const project of DEMO_PROJECTS) {
      if (await this.board.exists(demoProjectCode(project.serial))) continue;
      await this.registration.register(profileOf(project, seedingMonth), office);
      const state = await this.advance(project);
      if (state.status === 'active') await this.planYear(project, seedingMonth, office);
      if (state.status === 'active' && (project.reached === UNDER_CONSTRUCTION || project.reached >= BUILDING_STAGE)) await this.reportInvestment(project, seedingMonth);
      this.logger.log(`${state.code} ${project.name}: ${state.currentStage ?? state.status}`);
    }
  }

  /**
   * Projects being built have reported every month since their planned start, up to the month owners are reporting
   * now: early in a month that is the month before, so the 投资月报 page, which opens on that month, shows them in.
   */
  private async reportInvestment(project: DemoProject, seedingMonth: string): Promise<void> {
    const actor = ownerOf(project);
    for (const { month, amount } of demoInvestmentReports(project, seedingMonth, reportingMonth(this.calendars.calendar, new Date()))) {
      await this.investment.report(demoProjectCode(project.serial), { month, amount, note: '', actor });
    }
  }

  /** The office's 年度计划投资 for the seeding year, as counties draw it up for every key project under way. */
  private async planYear(project: DemoProject, seedingMonth: string, office: UserActor): Promise<void> {
    const year = Number(seedingMonth.slice(0, 4));
    await this.investment.planYear(demoProjectCode(project.serial), { year, amount: demoAnnualPlan(project, seedingMonth), note: `${year}年县重点项目投资计划`, actor: office });
  }

  /** Approves every task up to the stage the project stands in; the owner applies where a stage waits for it. */
  private async advance(project: DemoProject): Promise<ProjectView> {
    const code = demoProjectCode(project.serial);
    let state = await this.registered(code);
    for (;;) {
      const awaiting = awaitedApplication(state);
      if (state.status !== 'active' || (awaiting && project.reached === UNDER_CONSTRUCTION)) return state;
      if (awaiting) {
        state = await this.applications.submit(code, { stage: awaiting.stage, note: '主体工程已完工，申请竣工验收', actor: ownerOf(project) });
        continue;
      }
      if (project.reached !== UNDER_CONSTRUCTION && state.stages.length - 1 >= project.reached) return state;
      for (const task of openTasks(state)) {
        state = (await this.decisions.decide(task.id, 'approve', '同意', officerOf(task.department))).project;
      }
    }
  }

  private async registered(code: string): Promise<ProjectView> {
    const handle = this.client.workflow.getHandle(projectWorkflowId(code));
    for (;;) {
      const state = await handle.query(projectStateQuery);
      if (state?.currentStage) return state;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function profileOf(project: DemoProject, seedingMonth: string) {
  const template = project.templateId === 'industrial' ? 'industrial' : 'general';
  const { name, township, templateId, totalInvestment, ownerUnit, leader } = project;
  return { code: demoProjectCode(project.serial), name, township, projectType: template, templateId, totalInvestment, ownerUnit, leader, ...demoPlannedDates(project, seedingMonth) };
}

function ownerOf(project: DemoProject): UserActor {
  return { kind: 'user', userId: `demo-seed-${project.ownerUnit}`, username: `owner-${project.ownerUnit}`, role: 'owner', ownerUnit: project.ownerUnit };
}

function officerOf(department: string): UserActor {
  return { kind: 'user', userId: `demo-seed-${department}`, username: `officer-${department}`, role: 'department-officer', department };
}

export function demoAccounts(): Omit<NewAccount, 'password'>[] {
  return [
    { username: 'office', displayName: '项目办', role: 'office' },
    { username: 'operator', displayName: '系统运维', role: 'operator' },
    { username: 'admin', displayName: '系统管理员', role: 'admin' },
    ...DEMO_DEPARTMENTS.map((d) => ({ username: `officer-${d.code}`, displayName: `${d.name}审批员`, role: 'department-officer' as const, department: d.code })),
    ...DEMO_LEADERS.map((l) => ({ username: l.code, displayName: `${l.name}（${l.title}）`, role: 'county-leader' as const, leader: l.code })),
    ...DEMO_OWNER_UNITS.map((o) => ({ username: `owner-${o.code}`, displayName: o.name, role: 'owner' as const, ownerUnit: o.code })),
  ];
}
