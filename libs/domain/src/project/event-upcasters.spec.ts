import { PROJECT_EVENT_SCHEMA_VERSIONS } from './project-events';
import { upcastProjectEvent } from './event-upcasters';

describe('reading events written in older shapes', () => {
  const v1TaskAssigned = {
    taskId: '2024-341521-48-01-000001.siting.main',
    stage: 'siting',
    taskKey: 'main',
    name: '选址意见书',
    department: 'natural-resources',
    assignedAt: '2024-05-06T01:00:00.000Z',
  };

  it('lifts a v1 TaskAssigned, written before statutory clocks, to today’s shape', () => {
    expect(PROJECT_EVENT_SCHEMA_VERSIONS.TaskAssigned).toBe(3);
    expect(upcastProjectEvent('TaskAssigned', 1, v1TaskAssigned)).toEqual({ type: 'TaskAssigned', data: { ...v1TaskAssigned, statutory: null, promised: null } });
  });

  it('lifts a v2 TaskAssigned, written before promised clocks, keeping its statutory clock', () => {
    const statutory = { limit: { workingDays: 20 }, deadline: { dueAt: '2024-06-03T16:00:00.000Z' } };
    const v2 = { ...v1TaskAssigned, statutory };
    expect(upcastProjectEvent('TaskAssigned', 2, v2).data).toEqual({ ...v1TaskAssigned, statutory, promised: null });
  });

  it('reads current events as they are', () => {
    const current = { ...v1TaskAssigned, statutory: null, promised: null };
    expect(upcastProjectEvent('TaskAssigned', 3, current).data).toBe(current);
  });

  it('refuses a version newer than the code and an unknown type', () => {
    expect(() => upcastProjectEvent('TaskAssigned', 4, v1TaskAssigned)).toThrow('newer than this code');
    expect(() => upcastProjectEvent('TaskTeleported', 1, {})).toThrow('unknown event type');
  });
});
