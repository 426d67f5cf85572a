import { fieldLabel, readableReason } from './labels';

describe('refusal reasons as the person at the form reads them', () => {
  it.each([
    ['must not be empty or only spaces', '不能为空或只有空格'],
    ['task 2026-341521-48-01-000001.siting.site-opinion is approved, not pending', '该办件现为「已通过」，不是「待办理」，可能已由他人办理，请刷新后查看'],
    ['project 2026-341521-48-01-000001 is completed; 2026-341521-48-01-000001.approval.approval can no longer change', '项目已竣工，不能再办理'],
    ['project is refused', '项目不予许可，已终止，不能再办理'],
    ['only the assigned county leader leader-wang or the office may act on this project', '只有该项目的包抓县领导或项目办可以办理'],
    ['project 2026-341521-48-01-000001 is already registered', '该项目代码已登记'],
    ['the notice of 2026-10 was issued at 2026-11-02T01:00:00.000Z by office', '本期通报已由 office 印发'],
    ['reports of 2026-11 are due by the end of 2026-12-07; they are chased after that', '月报 2026-12-07 截止，截止后才能催报'],
    ['reports of 2026-10 were chased today at 2026-11-30T02:00:00.000Z by office', '今天已由 office 催报，请勿重复催报'],
    ['nothing to chase: no project under way in 2026-10 has yet to report it', '没有逾期未报的项目'],
    ['must be at most 10000000 万元: is it in 元?', '不能超过 10000000 万元，请确认单位为万元'],
    ["must not be more than the project's total investment of 52000 万元", '不能超过项目总投资 52000 万元（请确认单位为万元）'],
    ['must be a date in 2027', '应为 2027 年内的日期'],
    ['2027-02-08 is a weekday, which is a working day anyway', '2027-02-08 是工作日，本来就上班，无须列为调休上班'],
    ['2027-02-07 is also listed as a holiday', '2027-02-07 同时列为放假日期'],
    ['must be longer than or equal to 10 characters', '至少 10 个字符'],
    ['username officer-zhang is taken', '该用户名已有账号'],
    ['unknown department ""', '不存在，请从列表中选择'],
  ])('reads “%s” as %s', (reason, words) => {
    expect(readableReason(reason)).toBe(words);
  });

  it('shows a reason it does not know as the API gave it', () => {
    expect(readableReason('template t1 is for project type industrial')).toBe('template t1 is for project type industrial');
  });
});

describe('fields named in refusals, as the forms label them', () => {
  it.each([
    ['comment', '意见/理由'],
    ['stages[5].ownerApplication.name', '竣工 · 业主申请名称'],
    ['stages[0].timeLimit.workingDays', '规划选址 · 办理时限'],
    ['stages[2].tasks[1].promisedLimit.workingDays', '环评 · 第 2 项办件 · 承诺时限'],
    ['stages[4].tasks[0].statutoryLimit', '开工 · 第 1 项办件 · 法定时限'],
    ['stages[3].tasks[1].department', '审批 · 第 2 项办件 · 承办部门'],
    ['stages[2].tasks', '环评 · 办件'],
    ['something-else', 'something-else'],
  ])('labels %s as %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});
