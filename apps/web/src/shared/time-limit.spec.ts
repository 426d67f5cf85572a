import { describeLimit } from './time-limit';

describe('a time limit in the words of the page', () => {
  it('says working days as they are', () => {
    expect(describeLimit({ workingDays: 15 })).toBe('15 个工作日');
  });

  it('says a demonstration duration in Chinese units rather than its ISO form', () => {
    expect(describeLimit({ duration: 'PT5M' })).toBe('5 分钟（演示时长）');
    expect(describeLimit({ duration: 'P1DT2H30S' })).toBe('1 天 2 小时 30 秒（演示时长）');
  });

  it('shows a duration it cannot read as written', () => {
    expect(describeLimit({ duration: '5 minutes' })).toBe('5 minutes（演示时长）');
  });
});
