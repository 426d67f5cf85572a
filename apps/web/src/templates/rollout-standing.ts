import { projectsDealtWith } from '@keystone/domain';
import type { TemplateRollout } from '../api/api.types';
import { formatDateTime } from '../shared/time-format';

export interface RolloutStanding {
  /** The notice's look: under way or stopped short (yellow), finished (green). */
  tone: 'notice' | 'success';
  text: string;
  /** While it runs: projects dealt with, out of those under way (more if some were registered meanwhile). */
  progress?: { value: number; max: number };
}

/** Where a template's rollout stands, as the office reads it on the 阶段模板 page. */
export function rolloutStanding(rollout: TemplateRollout): RolloutStanding {
  const dealtWith = projectsDealtWith(rollout);
  const refused = rollout.refused.length > 0 ? `，${rollout.refused.length} 个未能改用` : '';
  const tally = `${rollout.adopted} 个已改按现行版本，${rollout.unchanged} 个无须改动${refused}`;
  switch (rollout.status) {
    case 'running':
      return {
        tone: 'notice',
        text: `正在改用：在办项目 ${rollout.projects} 个，已办 ${dealtWith} 个（${tally}）`,
        progress: { value: dealtWith, max: Math.max(rollout.projects, dealtWith) },
      };
    case 'finished':
      return { tone: 'success', text: `${formatDateTime(rollout.finishedAt)} 改用完成：在办项目 ${rollout.projects} 个，${tally}。` };
    case 'stopped':
      return {
        tone: 'notice',
        text: `${formatDateTime(rollout.finishedAt)} 改用中止：在办项目 ${rollout.projects} 个，已办 ${dealtWith} 个（${tally}），其余未改用，可重新发起。`,
      };
  }
}
