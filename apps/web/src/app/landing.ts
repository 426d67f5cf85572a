import type { Role } from '../api/api.types';

/** Where each role lands after signing in: the page its work starts from. */
const LANDING: Record<Role, string> = {
  office: '/board',
  'county-leader': '/alerts',
  'department-officer': '/inbox',
  operator: '/operator',
  owner: '/corrections',
  admin: '/users',
};

export function landingOf(role: Role): string {
  return LANDING[role];
}

export interface NavItem {
  to: string;
  label: string;
}

const BOARD = { to: '/board', label: '挂图作战' };
const NOTICE = { to: '/notice', label: '月度通报' };
const INVESTMENT = { to: '/investment', label: '投资月报' };
const TEMPLATES = { to: '/templates', label: '阶段模板' };
const CALENDAR = { to: '/calendar', label: '工作日历' };
const WEBHOOKS = { to: '/webhooks', label: '消息推送' };

const NAV: Record<Role, NavItem[]> = {
  office: [BOARD, { to: '/projects/new', label: '项目登记' }, { to: '/alerts', label: '督办事项' }, INVESTMENT, NOTICE, TEMPLATES, CALENDAR, WEBHOOKS],
  'county-leader': [{ to: '/alerts', label: '领导督办' }, BOARD, NOTICE],
  'department-officer': [{ to: '/inbox', label: '部门待办' }, { to: '/alerts', label: '预警提醒' }, BOARD, NOTICE, TEMPLATES],
  operator: [{ to: '/operator', label: '运维' }, CALENDAR, WEBHOOKS, BOARD],
  owner: [{ to: '/corrections', label: '补正事项' }, INVESTMENT, BOARD],
  admin: [{ to: '/users', label: '账号管理' }, BOARD, CALENDAR],
};

export function navOf(role: Role): NavItem[] {
  return NAV[role];
}
