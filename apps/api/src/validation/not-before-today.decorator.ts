import { ValidateBy } from 'class-validator';
import { beijingDate } from '@keystone/domain';

/**
 * A date a leader sets ahead (a suspension's expected end, a problem's rectification deadline): one already
 * past would escalate to the office and the county's leadership the moment it was recorded.
 */
export function NotBeforeToday(): PropertyDecorator {
  return ValidateBy({
    name: 'notBeforeToday',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || value >= beijingDate(new Date()),
      defaultMessage: () => 'must not be before today (China time)',
    },
  });
}
