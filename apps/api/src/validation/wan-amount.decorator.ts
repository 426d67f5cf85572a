import { applyDecorators } from '@nestjs/common';
import { IsNumber, Min } from 'class-validator';

/** An amount of money in 万元, as reports and plans give it: a real number, 0 or more. */
export function WanAmount(): PropertyDecorator {
  return applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), Min(0, { message: 'must be 0 or more (万元)' }));
}
