/**
 * A place in the log in the order readers must follow: transaction id first, then global position. A
 * position alone is handed out before its transaction commits, so an earlier one can appear after a
 * later one was read.
 */
export interface LogPosition {
  /** xid8, as text: it outgrows a JavaScript number. */
  transactionId: string;
  globalPosition: string;
}

export const LOG_START: LogPosition = { transactionId: '0', globalPosition: '0' };
