import { beijingMonth } from '@keystone/domain';
import { ApiClient } from './api-client';
import { KeystoneTestApp } from './keystone-test-app';
import { addFastTemplate, eventually, officerOf, registerProject } from './project-fixtures';

type Task = { id: string; stage: string; status: string; department: string };
type Project = { code: string; status: string; currentStage: string; tasks: Task[] };

export interface Workload {
  completed: string;
  parallel: string;
  corrected: string;
  refused: string;
  overdue: string;
}

/**
 * A realistic morning for the office and the departments, all through the API: one project walked to
 * completion, one halfway through a parallel stage, one returned for correction and approved (and its month's
 * investment reported, then corrected), one refused, and
 * one whose task has passed its statutory limit (a one-second limit) while its stage is on time.
 */
export async function runWorkload(app: KeystoneTestApp): Promise<Workload> {
  const office = await app.as('office');
  const officers = new Map<string, ApiClient>();
  const decide = async (task: Task, decision: string, comment = ''): Promise<Project> => {
    if (!officers.has(task.department)) officers.set(task.department, await app.as(officerOf(task.department)));
    const response = await officers.get(task.department)!.post(`/api/tasks/${task.id}/decision`, { decision, comment });
    if (response.status !== 200) throw new Error(`${decision} ${task.id}: ${JSON.stringify(response.body)}`);
    return response.body.project;
  };
  const openTasks = (project: Project) => project.tasks.filter((task) => task.stage === project.currentStage && task.status !== 'approved');

  const owner = await app.as('owner-county-investment-group');
  const applyForAcceptance = async (project: Project): Promise<Project> => {
    const applied = await owner.post(`/api/projects/${project.code}/owner-applications`, { stage: 'completion', note: '主体工程已完工' });
    if (applied.status !== 200) throw new Error(`application: ${JSON.stringify(applied.body)}`);
    return applied.body;
  };

  // Built after 开工, it opens 竣工 on its owner's 竣工验收申请.
  let completed: Project = (await registerProject(office)).project;
  while (completed.status === 'active') {
    if (!completed.currentStage) completed = await applyForAcceptance(completed);
    for (const task of openTasks(completed)) completed = await decide(task, 'approve', '同意');
  }

  let parallel: Project = (await registerProject(office, { township: 'xihe', leader: 'leader-li' })).project;
  while (parallel.currentStage !== 'environmental-assessment') for (const task of openTasks(parallel)) parallel = await decide(task, 'approve');
  parallel = await decide(openTasks(parallel)[0], 'approve');

  let corrected: Project = (await registerProject(office)).project;
  const [returned] = openTasks(corrected);
  await decide(returned, 'return', '缺少用地红线图');
  await owner.post(`/api/tasks/${returned.id}/resubmit`, { comment: '已补充红线图' });
  corrected = await decide(returned, 'approve');
  // 月报: the owner reports the month's investment, then corrects it.
  for (const amount of [1200, 1350]) {
    const reported = await owner.post(`/api/projects/${corrected.code}/investment-reports`, { month: beijingMonth(new Date()), amount });
    if (reported.status !== 200) throw new Error(`investment report: ${JSON.stringify(reported.body)}`);
  }

  const refused: Project = (await registerProject(office, { township: 'beiyuan' })).project;
  await decide(openTasks(refused)[0], 'refuse', '不符合国土空间规划');

  await addFastTemplate(office, 'workload-statutory-1s', 'P1D', { statutoryLimit: { duration: 'PT1S' } });
  const overdue = (await registerProject(office, { templateId: 'workload-statutory-1s', projectType: 'workload-statutory-1s' })).project;
  await eventually(async () => {
    const row = (await office.get(`/api/projects?limit=1000`)).body.items.find((item: { code: string }) => item.code === overdue.code);
    if (row?.light !== 'red') throw new Error('the statutory limit has not passed yet');
  }, 'the statutory limit passing');

  return { completed: completed.code, parallel: parallel.code, corrected: corrected.code, refused: refused.code, overdue: overdue.code };
}
