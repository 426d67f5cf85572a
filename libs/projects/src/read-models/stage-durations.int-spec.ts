import { Test, TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NewEvent } from '@keystone/contracts';
import { ProjectEvent, systemActor } from '@keystone/domain';
import { AsyncProjector, EventStore, EventStoreModule, ProjectionsModule } from '@keystone/event-store';
import { StoreTestDatabase } from '../../../event-store/test/store-test-database';
import { StageDurationsProjection } from './stage-durations.projection';
import { caughtUp } from '../../../event-store/test/caught-up';

const OPENED = Date.parse('2026-03-02T01:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(OPENED + hours * HOUR).toISOString();
const deadline = { dueAt: at(240), warnAt: at(200), secondLevelAt: at(300), calendarVersion: 'test', fallbackYears: [] };

function stamped(events: ProjectEvent[]): NewEvent[] {
  return events.map((event) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    actor: systemActor('test'),
    occurredAt: at(0),
    correlationId: 'test',
    causationId: 'test',
  }));
}

describe('the stage durations read model', () => {
  let database: StoreTestDatabase;
  let moduleRef: TestingModule;

  const stageRow = async (code: string) =>
    (await moduleRef.get(DataSource).query(`SELECT departments, outcome, stopped_seconds::float AS stopped, handling_seconds::float AS handling FROM stage_durations WHERE project_code = $1`, [code]))[0];

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    moduleRef = await Test.createTestingModule({
      imports: [
        ...database.modules(),
        EventStoreModule.withInlineProjections([]),
        ProjectionsModule.register({ inline: [], async: [StageDurationsProjection], poll: false }),
      ],
    }).compile();
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('counts a stage’s handling time without the hours its clock stood still, with every department that held it', async () => {
    const code = `2026-341521-48-01-${String(Date.now()).slice(-6)}`;
    const events: ProjectEvent[] = [
      { type: 'StageOpened', data: { stage: 'environmental-assessment', name: '环评', openedAt: at(0), timeLimit: { workingDays: 30 }, deadline } },
      { type: 'TaskAssigned', data: { taskId: `${code}.ea.eia`, stage: 'environmental-assessment', taskKey: 'eia', name: '环评审批', department: 'ecology-environment', assignedAt: at(0), statutory: null, promised: null } },
      { type: 'TaskAssigned', data: { taskId: `${code}.ea.energy`, stage: 'environmental-assessment', taskKey: 'energy', name: '节能审查', department: 'development-reform', assignedAt: at(0), statutory: null, promised: null } },
      { type: 'StageClockStopped', data: { stage: 'environmental-assessment', stoppedAt: at(10), used: 1, reason: '补正' } },
      { type: 'StageClockRestarted', data: { stage: 'environmental-assessment', restartedAt: at(34), deadline } },
      { type: 'TaskReassigned', data: { taskId: `${code}.ea.energy`, stage: 'environmental-assessment', fromDepartment: 'development-reform', toDepartment: 'industry-it', reason: '职能调整' } },
      { type: 'StageClosed', data: { stage: 'environmental-assessment', closedAt: at(50) } },
    ];
    await moduleRef.get(EventStore).append({ streamId: code, expectedVersion: 0, events: stamped(events) });

    await caughtUp(moduleRef.get(AsyncProjector));

    expect(await stageRow(code)).toEqual({
      departments: ['ecology-environment', 'development-reform', 'industry-it'],
      outcome: 'closed',
      stopped: 24 * 3600,
      handling: 26 * 3600,
    });
  });

  it('ends a refused stage at the refusal, counting a stop still running up to it', async () => {
    const code = `2026-341521-48-02-${String(Date.now()).slice(-6)}`;
    const events: ProjectEvent[] = [
      { type: 'StageOpened', data: { stage: 'siting', name: '规划选址', openedAt: at(0), timeLimit: { workingDays: 10 }, deadline } },
      { type: 'StageClockStopped', data: { stage: 'siting', stoppedAt: at(2), used: 0, reason: '暂停' } },
      { type: 'ProjectRefused', data: { taskId: `${code}.siting.site`, stage: 'siting', department: 'natural-resources', reason: '不符合规划', refusedAt: at(5) } },
    ];
    await moduleRef.get(EventStore).append({ streamId: code, expectedVersion: 0, events: stamped(events) });

    await caughtUp(moduleRef.get(AsyncProjector));

    expect(await stageRow(code)).toEqual({ departments: [], outcome: 'refused', stopped: 3 * 3600, handling: 2 * 3600 });
  });
});
