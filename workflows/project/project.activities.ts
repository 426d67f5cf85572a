import { proxyLocalActivities } from '@temporalio/workflow';
import type { ProjectActivities } from '@keystone/contracts';
import { STREAM_VERSION_CONFLICT } from '@keystone/contracts';

// Local activities: appends are short idempotent writes and calendar sums are pure reads; a regular
// activity would add a server round trip to every decision (FIELD-NOTES).
export const { appendProjectEvents, planStageDeadline, planStageOpening, measureClockUse, planFixedDeadline } = proxyLocalActivities<ProjectActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '50 ms', maximumInterval: '5 seconds', nonRetryableErrorTypes: [STREAM_VERSION_CONFLICT] },
});
