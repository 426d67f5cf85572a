import { activeItem, navOf } from './landing';

describe('the pages each person works from', () => {
  it('gives a county leader the board of their own projects beside their alerts', () => {
    const nav = navOf({ username: 'leader-wang', role: 'county-leader', leader: 'leader-wang' });
    expect(nav.map((item) => item.label)).toEqual(['领导督办', '我包抓的项目', '挂图作战', '月度通报']);
    expect(nav[1].to).toBe('/board?leader=leader-wang');
    expect(navOf({ username: 'office', role: 'office' }).some((item) => item.label === '我包抓的项目')).toBe(false);
  });

  it('marks the most specific page shown: the leader’s own board rather than the whole board', () => {
    const nav = navOf({ username: 'leader-wang', role: 'county-leader', leader: 'leader-wang' });
    expect(activeItem(nav, '/board?leader=leader-wang')?.label).toBe('我包抓的项目');
    expect(activeItem(nav, '/board?light=red')?.label).toBe('挂图作战');
    expect(activeItem(nav, '/projects/2026-341521-48-01-000001')).toBeUndefined();
  });
});
