import type { Actor, Role } from '../api/api.types';

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
const ANNUAL_PLANS = { to: '/annual-plans', label: '年度计划' };
const TEMPLATES = { to: '/templates', label: '阶段模板' };
const CALENDAR = { to: '/calendar', label: '工作日历' };
const WEBHOOKS = { to: '/webhooks', label: '消息推送' };

const NAV: Record<Role, NavItem[]> = {
  office: [BOARD, { to: '/projects/new', label: '项目登记' }, { to: '/alerts', label: '督办事项' }, INVESTMENT, ANNUAL_PLANS, NOTICE, TEMPLATES, CALENDAR, WEBHOOKS],
  'county-leader': [{ to: '/alerts', label: '领导督办' }, BOARD, NOTICE],
  'department-officer': [{ to: '/inbox', label: '部门待办' }, { to: '/alerts', label: '预警提醒' }, BOARD, NOTICE, TEMPLATES],
  operator: [{ to: '/operator', label: '运维' }, CALENDAR, WEBHOOKS, BOARD],
  owner: [{ to: '/corrections', label: '补正事项' }, INVESTMENT, ANNUAL_PLANS, BOARD],
  admin: [{ to: '/users', label: '账号管理' }, BOARD, CALENDAR],
};

/** The pages a person's role works from; a county leader also has the board of the projects assigned to them (一个项目、一名领导). */
export function navOf(actor: Actor): NavItem[] {
  const items = NAV[actor.role];
  if (actor.role !== 'county-leader' || !actor.leader) return items;
  const [alerts, ...rest] = items;
  return [alerts, { to: `/board?leader=${encodeURIComponent(actor.leader)}`, label: '我包抓的项目' }, ...rest];
}

/** The item of the page shown: the most specific one whose address the page's starts with. */
export function activeItem(items: NavItem[], here: string): NavItem | undefined {
  return items.filter((item) => here.startsWith(item.to)).sort((a, b) => b.to.length - a.to.length)[0];
}
