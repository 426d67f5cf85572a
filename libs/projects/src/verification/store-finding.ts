export type StoreCheck = 'stream-gap' | 'projection-behind' | 'board-behind' | 'workflow-disagrees';

/** Something in the store that does not add up, said so an operator knows where to look. */
export interface StoreFinding {
  check: StoreCheck;
  subject: string;
  message: string;
}

export interface StoreVerification {
  streams: number;
  events: number;
  findings: StoreFinding[];
}
