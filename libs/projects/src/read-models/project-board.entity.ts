import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@Entity('project_board')
export class ProjectBoardEntity {
  @PrimaryColumn()
  code: string;

  @Column()
  name: string;

  @Column()
  township: string;

  @Column({ name: 'project_type' })
  projectType: string;

  @Column({ name: 'template_id' })
  templateId: string;

  @Column({ name: 'total_investment', type: 'numeric', transformer: numeric })
  totalInvestment: number;

  /** 月报: investment completed so far (万元), the sum of the months reported. */
  @Column({ name: 'investment_completed', type: 'numeric', transformer: numeric })
  investmentCompleted: number;

  /** The latest month (YYYY-MM) the owner has reported, if any. */
  @Column({ name: 'investment_reported_month', type: 'text', nullable: true })
  investmentReportedMonth: string | null;

  @Column({ name: 'owner_unit' })
  ownerUnit: string;

  @Column()
  leader: string;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart: string;

  @Column({ name: 'planned_completion', type: 'date' })
  plannedCompletion: string;

  @Column()
  status: string;

  @Column({ name: 'current_stage', type: 'text', nullable: true })
  currentStage: string | null;

  @Column({ name: 'current_stage_name', type: 'text', nullable: true })
  currentStageName: string | null;

  /** While the current stage waits for the owner's application (竣工 while the works are built): what the owner submits. */
  @Column({ name: 'awaiting_application', type: 'text', nullable: true })
  awaitingApplication: string | null;

  @Column({ name: 'stages_closed' })
  stagesClosed: number;

  @Column({ name: 'stage_opened_at', type: 'timestamptz', nullable: true })
  stageOpenedAt: Date | null;

  @Column({ name: 'stage_due_at', type: 'timestamptz', nullable: true })
  stageDueAt: Date | null;

  @Column({ name: 'stage_warn_at', type: 'timestamptz', nullable: true })
  stageWarnAt: Date | null;

  @Column({ name: 'stage_second_level_at', type: 'timestamptz', nullable: true })
  stageSecondLevelAt: Date | null;

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'stream_version' })
  streamVersion: number;

  @Column({ name: 'stage_clock_running' })
  stageClockRunning: boolean;

  /** The highest level the open stage's clock has fired: yellow, red or second-level. */
  @Column({ name: 'stage_alert_level', type: 'text', nullable: true })
  stageAlertLevel: string | null;

  /** The rule and facts behind the light. */
  @Column({ name: 'light_explanation', type: 'jsonb', nullable: true })
  lightExplanation: { rule: string; summary: string } | null;

  @Column()
  suspended: boolean;

  @Column({ name: 'suspension_reason', type: 'text', nullable: true })
  suspensionReason: string | null;

  @Column({ name: 'open_problems' })
  openProblems: number;
}
