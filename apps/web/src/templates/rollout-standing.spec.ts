import type { TemplateRollout } from '../api/api.types';
import { rolloutStanding } from './rollout-standing';

describe('where a template rollout stands, as the office reads it', () => {
  const rollout: TemplateRollout = {
    templateId: 'industrial', status: 'running', requestedBy: 'office (office)', startedAt: '2026-12-01T02:00:00.000Z',
    projects: 250, adopted: 150, unchanged: 48, refused: [{ code: '2026-341521-48-01-000001', reason: '项目已暂停' }, { code: '2026-341521-48-01-000002', reason: '项目已暂停' }],
  };

  it('counts what is done so far while it runs', () => {
    expect(rolloutStanding(rollout)).toEqual({
      tone: 'notice',
      text: '正在改用：在办项目 250 个，已办 200 个（150 个已改按现行版本，48 个无须改动，2 个未能改用）',
      progress: { value: 200, max: 250 },
    });
  });

  it('fills its bar when projects registered meanwhile take it past those under way at the start', () => {
    expect(rolloutStanding({ ...rollout, adopted: 255 }).progress).toEqual({ value: 305, max: 305 });
  });

  it('gives the outcome when it finished, without refusals it did not meet', () => {
    const finished: TemplateRollout = { ...rollout, status: 'finished', finishedAt: '2026-12-01T02:04:00.000Z', adopted: 200, unchanged: 50, refused: [] };
    expect(rolloutStanding(finished)).toEqual({ tone: 'success', text: '2026-12-01 10:04 改用完成：在办项目 250 个，200 个已改按现行版本，50 个无须改动。' });
  });

  it('says where it stopped when ended early, and that the rest may be moved by starting again', () => {
    const stopped: TemplateRollout = { ...rollout, status: 'stopped', finishedAt: '2026-12-01T02:03:00.000Z' };
    expect(rolloutStanding(stopped)).toEqual({
      tone: 'notice',
      text: '2026-12-01 10:03 改用中止：在办项目 250 个，已办 200 个（150 个已改按现行版本，48 个无须改动，2 个未能改用），其余未改用，可重新发起。',
    });
  });
});
