import { apiPost } from '../api/api.client';
import type { Page, Role, UserAccount } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { ReferenceNames, referenceOptions, useNames } from '../reference/reference-names.context';
import type { FieldSpec, FieldValues } from '../shared/action-form.component';
import { Command, CommandBar } from '../shared/command-bar.component';
import { ROLES } from '../shared/labels';
import { LoadState } from '../shared/load-state.component';
import { TableHead } from '../shared/table-head.component';
import { formatDateTime } from '../shared/time-format';

/** A county has a few hundred accounts at most: one page holds them all, in username order. */
const ACCOUNTS_SHOWN = 1000;
/** The account service refuses shorter ones; bcrypt reads no more than 72 bytes. */
const PASSWORD_LENGTH = 14;
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Each scoped role names the one department, leader or owner unit it acts for. */
type Scope = 'department' | 'leader' | 'ownerUnit';
const SCOPES: { role: Role; scope: Scope; label: string; items: (names: ReferenceNames) => ReferenceNames['departments'] }[] = [
  { role: 'department-officer', scope: 'department', label: '所属部门', items: (names) => names.departments },
  { role: 'county-leader', scope: 'leader', label: '县领导', items: (names) => names.leaders },
  { role: 'owner', scope: 'ownerUnit', label: '项目业主单位', items: (names) => names.ownerUnits },
];
const UNSCOPED_ROLES: Role[] = ['office', 'operator', 'admin'];

/**
 * 账号管理: the administrator opens an account for each officer, leader, owner and member of the office. Each
 * kind of account asks for what it acts for (a department, a leader, an owner unit), and starts with a strong
 * password made here, for the administrator to hand over.
 */
export function AccountsPage() {
  const names = useNames();
  const accounts = useApi<Page<UserAccount>>(`/api/users?limit=${ACCOUNTS_SHOWN}`, { live: false });
  const commands: Command[] = [
    ...SCOPES.map(({ role, scope, label, items }) => ({
      label: `新建${ROLES[role]}账号`,
      fields: [...identityFields(), { name: scope, label, kind: 'select' as const, options: referenceOptions(items(names)) }],
      submit: (values: FieldValues) => apiPost('/api/users', { ...values, role }),
    })),
    {
      label: '新建其他账号',
      fields: [...identityFields(), { name: 'role', label: '角色', kind: 'select', options: UNSCOPED_ROLES.map((role) => ({ value: role, label: ROLES[role] })) }],
      submit: (values: FieldValues) => apiPost('/api/users', values),
    },
  ];
  return (
    <>
      <div className="page-heading">
        <h1>账号管理</h1>
        {accounts.data && <span className="muted">共 {accounts.data.total} 个账号</span>}
      </div>
      <section className="panel">
        <CommandBar commands={commands} onDone={accounts.reload} />
        <p className="muted small">初始密码已随机生成，提交前请复制并通过安全渠道交给本人。每个账号只能看到、办理其角色和所属范围内的事项。</p>
      </section>
      {!accounts.data && <LoadState what="账号" error={accounts.error} />}
      {accounts.data && (
        <table className="compact-table" aria-label="账号">
          <TableHead columns={['用户名', '姓名或名称', '角色', '所属', '开通时间']} />
          <tbody>
            {accounts.data.items.map((account) => (
              <tr key={account.id} data-username={account.username}>
                <td>
                  <span className="code">{account.username}</span>
                </td>
                <td>{account.displayName}</td>
                <td data-label="角色">{ROLES[account.role]}</td>
                <td data-label="所属">{scopeOf(account, names)}</td>
                <td className="no-wrap">{formatDateTime(account.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function identityFields(): FieldSpec[] {
  return [
    { name: 'username', label: '用户名', kind: 'text', hint: '登录用，小写字母、数字、点、连字符，如 officer-zhang' },
    { name: 'displayName', label: '姓名或名称', kind: 'text', hint: '如 张伟（自然资源局）' },
    { name: 'password', label: '初始密码', kind: 'text', initial: strongPassword(), hint: '至少 10 个字符' },
  ];
}

function scopeOf(account: UserAccount, names: ReferenceNames): string {
  if (account.department) return names.department(account.department);
  if (account.leader) return names.leader(account.leader);
  return account.ownerUnit ? names.ownerUnit(account.ownerUnit) : '—';
}

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
function strongPassword(): string {
  const random = crypto.getRandomValues(new Uint32Array(PASSWORD_LENGTH));
  return Array.from(random, (value) => PASSWORD_ALPHABET[value % PASSWORD_ALPHABET.length]).join('');
}
