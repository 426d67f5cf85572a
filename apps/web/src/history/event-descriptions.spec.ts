import type { ReferenceNames } from '../reference/reference-names.context';
import { describeEvent } from './event-descriptions';

const same = (text: string) => text;
const names = { department: same, leader: same, township: same, ownerUnit: same, readable: same } as ReferenceNames;

describe('describeEvent', () => {
  it('writes a reported month’s amounts as the pages print them, with thousands separated', () => {
    const data = { month: '2026-11', amount: 12500, previousAmount: 1250, note: '更正单位' };
    expect(describeEvent('InvestmentReported', data, names, '')).toBe('填报 2026-11 投资月报：完成投资 12,500 万元（更正，原报 1,250 万元）：更正单位');
  });
});
