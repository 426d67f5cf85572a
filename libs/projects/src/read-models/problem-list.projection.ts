import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, RowProjection, RowTable } from '@keystone/event-store';
import { toProjectEvent } from '../events/project-event-codec';
import { PROJECT_BOARD } from './project-board.projection';

export const PROBLEMS: RowTable = { name: 'problems', key: ['id'], stream: 'project_code' };

/** 问题清单: every problem raised on a project, open until closed with a note. */
@Injectable()
export class ProblemListProjection extends RowProjection {
  readonly name = 'problem-list';
  readonly rowTables = [PROBLEMS];

  protected async foldOne(recorded: RecordedEvent, rows: ReadModelRows): Promise<void> {
    const event = toProjectEvent(recorded);
    const code = recorded.streamId;
    if (event.type === 'ProblemRaised') {
      const { problemId, description, responsibleUnit, rectificationDeadline, raisedAt } = event.data;
      const project = await rows.get(PROJECT_BOARD, code, code);
      if (!project) return;
      rows.put(PROBLEMS, {
        id: problemId, project_code: code, project_name: project.name, leader: project.leader, description, responsible_unit: responsibleUnit,
        rectification_deadline: rectificationDeadline, status: 'open', raised_at: raisedAt, closed_at: null, closing_note: null,
      });
    } else if (event.type === 'ProblemClosed') {
      const { problemId, note, closedAt } = event.data;
      const problem = await rows.get(PROBLEMS, code, problemId);
      if (problem) rows.update(PROBLEMS, problem, { status: 'closed', closed_at: closedAt, closing_note: note });
    }
  }
}
