import { proxyLocalActivities } from '@temporalio/workflow';
import type { ProjectActivities } from '@keystone/contracts';
import { STREAM_VERSION_CONFLICT } from '@keystone/contracts';
import type { ClockPlanner } from '@keystone/domain';

// Local activities: appends are short idempotent writes and calendar sums are pure reads; a regular
// activity would add a server round trip to every decision.
const activities = proxyLocalActivities<ProjectActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '50 ms', maximumInterval: '5 seconds', nonRetryableErrorTypes: [STREAM_VERSION_CONFLICT] },
});

export const { appendProjectEvents, appendAndSettle, planFixedDeadline } = activities;

/** The calendar as workflow code reaches it: one local activity per question. */
export const clockPlanner: ClockPlanner = activities;
