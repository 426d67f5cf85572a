import { YELLOWS_IN_A_ROW_RULE } from '@keystone/domain';
import { AlertNotice, DingTalkMessage, ReportChaseDigest, projectLink, readableSummary, reportChaseMessage, robotMessage, WeComMessage } from './robot-message';

const notice: AlertNotice = {
  level: 'red',
  rule: 'stage-clock:red',
  projectCode: '2026-341521-48-01-000001',
  projectName: '城东新能源产业园',
  summary: '规划选址阶段超过办理时限，限办 2026-03-12，未办结事项：建设项目选址意见书',
  recipients: ['常务副县长 王建国'],
  raisedAt: '2026-03-12T01:30:00.000Z',
  link: 'https://keystone.example.gov.cn/projects/2026-341521-48-01-000001',
};

describe('alert messages for group robots', () => {
  it('gives DingTalk a markdown title and text naming the level, project, situation and recipients, in China time', () => {
    const message = robotMessage('dingtalk', notice) as DingTalkMessage;
    expect(message.msgtype).toBe('markdown');
    expect(message.markdown.title).toBe('【超期督办】城东新能源产业园');
    expect(message.markdown.text.split('\n\n')).toEqual([
      '### 【超期督办】城东新能源产业园',
      '**项目代码**：2026-341521-48-01-000001',
      '**情况**：规划选址阶段超过办理时限，限办 2026-03-12，未办结事项：建设项目选址意见书',
      '**接收**：常务副县长 王建国',
      '**时间**：2026-03-12 09:30',
      '[查看项目](https://keystone.example.gov.cn/projects/2026-341521-48-01-000001)',
    ]);
  });

  it('gives WeCom the same lines as markdown content, one per line', () => {
    const message = robotMessage('wecom', notice) as WeComMessage;
    expect(Object.keys(message.markdown)).toEqual(['content']);
    expect(message.markdown.content.split('\n')).toEqual((robotMessage('dingtalk', notice) as DingTalkMessage).markdown.text.split('\n\n'));
  });

  it('names each level in Chinese: 预警, 超期督办, 集体协调', () => {
    const titles = (['yellow', 'red', 'second-level'] as const).map((level) => (robotMessage('dingtalk', { ...notice, level }) as DingTalkMessage).markdown.title);
    expect(titles).toEqual(['【预警】城东新能源产业园', '【超期督办】城东新能源产业园', '【集体协调】城东新能源产业园']);
  });

  it('does not call a red raised before the limit, for a second yellow in a row, 超期', () => {
    const message = robotMessage('dingtalk', { ...notice, rule: YELLOWS_IN_A_ROW_RULE }) as DingTalkMessage;
    expect(message.markdown.title).toBe('【两黄变红督办】城东新能源产业园');
  });

  it('leaves the link out without a public address, and keeps typed newlines from starting lines', () => {
    const text = (robotMessage('dingtalk', { ...notice, link: undefined, projectName: '城东\n### 伪造标题', recipients: ['自然资源局', '项目攻坚领导小组办公室'] }) as DingTalkMessage).markdown.text;
    expect(text).not.toContain('查看项目');
    expect(text).toContain('### 【超期督办】城东 ### 伪造标题');
    expect(text).toContain('**接收**：自然资源局、项目攻坚领导小组办公室');
  });

  it('links to the project page under the public address', () => {
    expect(projectLink('https://keystone.example.gov.cn/', 'a b')).toBe('https://keystone.example.gov.cn/projects/a%20b');
    expect(projectLink(undefined, 'x')).toBeUndefined();
  });

  it('reads a summary’s deadlines in China time, a limit ending at midnight as its last day, and departments by name', () => {
    const names = { 'natural-resources': '自然资源局', resources: '资源局' };
    expect(readableSummary('规划选址阶段临近办理时限（预警），限办 2026-12-14T16:00:00.000Z，未办结事项：选址意见书（natural-resources）', names)).toBe(
      '规划选址阶段临近办理时限（预警），限办 2026-12-14，未办结事项：选址意见书（自然资源局）',
    );
    expect(readableSummary('承诺办结 2026-12-14T02:30:05.000Z，责任单位 natural-resources', names)).toBe('承诺办结 2026-12-14 10:30，责任单位 自然资源局');
    expect(readableSummary('责任单位 unknown-unit', names)).toBe('责任单位 unknown-unit');
  });
});

describe('a chase of late investment reports for group robots', () => {
  const digest: ReportChaseDigest = {
    title: '2026年10月投资月报',
    dueDate: '2026-11-06',
    workingDaysLate: 3,
    byOwnerUnit: [
      { ownerUnit: '县城市建设投资集团', projects: ['城南安置小区', '县体育中心'] },
      { ownerUnit: '鑫能新能源有限公司', projects: ['北塬镇光伏\n发电项目'] },
    ],
  };

  it('counts the late projects, says how late, and names them under their owner unit, one unit a line', () => {
    expect((reportChaseMessage('wecom', digest) as WeComMessage).markdown.content.split('\n')).toEqual([
      '### 【催报】2026年10月投资月报',
      '**情况**：2026-11-06 截止，已逾期 3 个工作日，仍有 3 个项目未报，请项目业主尽快填报',
      '**县城市建设投资集团**：城南安置小区、县体育中心',
      '**鑫能新能源有限公司**：北塬镇光伏 发电项目',
    ]);
  });

  it('leaves the working days out on the weekend right after the deadline', () => {
    const text = (reportChaseMessage('dingtalk', { ...digest, workingDaysLate: 0 }) as DingTalkMessage).markdown.text;
    expect(text).toContain('**情况**：2026-11-06 截止，仍有 3 个项目未报');
  });
});
