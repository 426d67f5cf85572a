import { randomUUID } from 'node:crypto';
import { ProjectionRebuilder } from '@keystone/event-store';
import { openOperatorContext } from '../../cli/src/operations/operator-context';
import { REBUILD_MODULES } from '../../cli/src/rebuild-projections/rebuild-projections';
import { keystoneWithOffice } from './support/keystone-test-app';
import { registerProject } from './support/project-fixtures';

/** Events stored years ago in an older schema must keep reading correctly: through time travel and rebuilds. */
describe('events stored in an older schema version', () => {
  const keystone = keystoneWithOffice();

  /** A copy of a live project's stream, its TaskAssigned events rewritten as v1 (no statutory field), under a new code. */
  async function storeAsVersionOne(sourceCode: string, code: string): Promise<void> {
    await keystone.app.dataSource.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, actor, correlation_id, causation_id, occurred_at)
       SELECT ($2::uuid[])[stream_version], $3, stream_version, type,
              CASE WHEN type = 'TaskAssigned' THEN 1 ELSE schema_version END,
              CASE WHEN type = 'TaskAssigned' THEN (data - 'statutory') || jsonb_build_object('taskId', replace(data->>'taskId', $1, $3))
                   WHEN type = 'ProjectRegistered' THEN jsonb_set(data, '{profile,code}', to_jsonb($3::text))
                   ELSE data END,
              actor, correlation_id, causation_id, occurred_at
         FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [sourceCode, Array.from({ length: 200 }, () => randomUUID()), code],
    );
  }

  it('folds v1 TaskAssigned events into the same state as today’s', async () => {
    const { profile } = await registerProject(keystone.office);
    const oldCode = profile.code.replace(/\d{4}$/, '9999');
    await storeAsVersionOne(profile.code, oldCode);
    const stored = await keystone.app.dataSource.query(`SELECT schema_version FROM events WHERE stream_id = $1 AND type = 'TaskAssigned'`, [oldCode]);
    expect(stored).toEqual([{ schema_version: 1 }]);
    const asOf = new Date().toISOString();
    const old = await keystone.office.get(`/api/projects/${oldCode}?asOf=${asOf}`);
    expect(old.status).toBe(200);
    expect(old.body.tasks).toEqual([expect.objectContaining({ id: `${oldCode}.siting.site-opinion`, status: 'pending', department: 'natural-resources' })]);
    expect(old.body.tasks[0].statutory).toBeUndefined();
  });

  it('rebuilds the read models from v1 events', async () => {
    const context = await openOperatorContext(keystone.app.env, REBUILD_MODULES);
    try {
      await context.get(ProjectionRebuilder).rebuild();
    } finally {
      await context.close();
    }
    const rows = await keystone.app.dataSource.query(`SELECT id FROM task_inbox WHERE id LIKE '%9999.siting.site-opinion'`);
    expect(rows).toHaveLength(1);
  });
});
