import { INestApplicationContext } from '@nestjs/common';
import { Presets, SingleBar } from 'cli-progress';
import { Writable } from 'node:stream';
import { ProjectionRebuilder, ProjectionsModule, RebuildResult } from '@keystone/event-store';
import { PROJECT_PROJECTIONS } from '@keystone/projects';
import { OperatorModules } from '../operations/operator-context';

export const REBUILD_MODULES: OperatorModules = [ProjectionsModule.register({ ...PROJECT_PROJECTIONS, poll: false })];

/** Rebuilds every read model from position zero with a progress bar, then says how long it took. */
export async function rebuildProjections(context: INestApplicationContext, out: Writable): Promise<RebuildResult> {
  const bar = new SingleBar({ stream: out, format: 'replaying [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left', hideCursor: true }, Presets.shades_classic);
  let started = false;
  const result = await context.get(ProjectionRebuilder).rebuild(({ replayed, total }) => {
    if (!started) bar.start(total, 0);
    started = true;
    bar.setTotal(total);
    bar.update(replayed);
  });
  if (started) bar.stop();
  const seconds = result.millis / 1000;
  const rate = Math.round(result.events / Math.max(seconds, 0.001));
  out.write(`rebuilt ${result.projections.join(', ')} from ${result.events} events in ${seconds.toFixed(2)} s (${rate} events/s)\n`);
  return result;
}
