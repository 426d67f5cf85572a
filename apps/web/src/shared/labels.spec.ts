import { readableReason } from './labels';

describe('refusal reasons as the person at the form reads them', () => {
  it.each([
    ['must not be empty or only spaces', '不能为空或只有空格'],
    ['task 2026-341521-48-01-000001.siting.site-opinion is approved, not pending', '该办件现为「已通过」，不是「待办理」，可能已由他人办理，请刷新后查看'],
    ['project 2026-341521-48-01-000001 is completed; 2026-341521-48-01-000001.approval.approval can no longer change', '项目已竣工，不能再办理'],
    ['project is refused', '项目不予许可，已终止，不能再办理'],
    ['only the assigned county leader leader-wang or the office may act on this project', '只有该项目的包抓县领导或项目办可以办理'],
    ['project 2026-341521-48-01-000001 is already registered', '该项目代码已登记'],
  ])('reads “%s” as %s', (reason, words) => {
    expect(readableReason(reason)).toBe(words);
  });

  it('shows a reason it does not know as the API gave it', () => {
    expect(readableReason('template t1 is for project type industrial')).toBe('template t1 is for project type industrial');
  });
});
