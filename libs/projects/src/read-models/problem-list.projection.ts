import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { PerEventProjection } from '@keystone/event-store';
import { toProjectEvent } from '../events/project-event-codec';

/** 问题清单: every problem raised on a project, open until closed with a note. */
@Injectable()
export class ProblemListProjection extends PerEventProjection {
  readonly name = 'problem-list';
  readonly tables = ['problems'];

  protected async applyOne(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = toProjectEvent(recorded);
    if (event.type === 'ProblemRaised') {
      const { problemId, description, responsibleUnit, rectificationDeadline, raisedAt } = event.data;
      await manager.query(
        `INSERT INTO problems (id, project_code, project_name, leader, description, responsible_unit, rectification_deadline, status, raised_at)
         SELECT $1, code, name, leader, $2, $3, $4, 'open', $5 FROM project_board WHERE code = $6`,
        [problemId, description, responsibleUnit, rectificationDeadline, raisedAt, recorded.streamId],
      );
    } else if (event.type === 'ProblemClosed') {
      const { problemId, note, closedAt } = event.data;
      await manager.query(`UPDATE problems SET status = 'closed', closed_at = $2, closing_note = $3 WHERE id = $1`, [problemId, closedAt, note]);
    }
  }
}
