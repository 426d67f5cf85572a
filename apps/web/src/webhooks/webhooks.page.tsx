import { useState } from 'react';
import { apiPost } from '../api/api.client';
import { withFieldLabels } from '../api/api-refusal.error';
import type { Actor, AlertDelivery, DeliveryStatus, Page, RobotAnswer, RobotKind, Webhook } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { useRecheck } from '../api/use-recheck.hook';
import { CommandBar } from '../shared/command-bar.component';
import { LoadState } from '../shared/load-state.component';
import { TableHead } from '../shared/table-head.component';
import { formatDateTime } from '../shared/time-format';
import { AnswerButton } from '../shared/answer-button.component';
import { ChoiceFilter } from '../shared/choice-filter.component';

// As the API allows: the office manages the robots, the operator looks into their deliveries.
export const WEBHOOK_READERS: Actor['role'][] = ['office', 'operator'];

const KINDS: Record<RobotKind, string> = { dingtalk: '钉钉', wecom: '企业微信' };
const STATUSES: Record<DeliveryStatus, string> = { pending: '待推送', delivered: '已送达', failed: '未送达' };
const STATUS_TAGS: Record<DeliveryStatus, string> = { pending: 'tag tag-warn', delivered: 'tag', failed: 'tag tag-danger' };
/** The latest deliveries are what an office checks; older ones stay in the API. */
const DELIVERIES_SHOWN = 20;
const PENDING_RECHECK_MS = 3000;

/** The robot form's own words for what the API calls a webhook's fields. */
const ROBOT_FIELDS: Record<string, string> = { name: '机器人名称', kind: '类型', url: 'Webhook 地址', secret: '加签密钥' };

/**
 * 消息推送: the DingTalk and WeCom group robots every alert is posted to, and what became of each post, so the
 * office knows its warnings reach people where they already are, and sees at once when a robot stops taking them.
 */
export function WebhooksPage({ actor }: { actor: Actor }) {
  const robots = useApi<Webhook[]>('/api/webhooks');
  const manages = actor.role === 'office';
  if (!robots.data) return <LoadState what="群机器人" error={robots.error} />;
  return (
    <>
      <div className="page-heading">
        <h1>消息推送</h1>
        <span className="muted">共 {robots.data.length} 个群机器人 · 每条预警、督办都推送到所有启用的群，送达失败的自动重试</span>
      </div>
      {manages && (
        <section className="panel">
          <CommandBar
            onDone={robots.reload}
            commands={[
              {
                label: '添加群机器人',
                fields: [
                  { name: 'name', label: ROBOT_FIELDS.name, kind: 'text', hint: '如 项目办督办群' },
                  { name: 'kind', label: ROBOT_FIELDS.kind, kind: 'select', options: Object.entries(KINDS).map(([value, label]) => ({ value, label })) },
                  { name: 'url', label: ROBOT_FIELDS.url, kind: 'text', hint: '群设置 → 机器人 → 复制 Webhook 地址' },
                  { name: 'secret', label: `${ROBOT_FIELDS.secret}（钉钉，选填）`, kind: 'text', hint: '钉钉机器人安全设置为“加签”时填写，以 SEC 开头' },
                ],
                submit: ({ secret, ...robot }) => withFieldLabels(apiPost('/api/webhooks', { ...robot, ...(secret.trim() && { secret: secret.trim() }) }), (field) => ROBOT_FIELDS[field]),
              },
            ]}
          />
        </section>
      )}
      {robots.data.length === 0 && <p className="empty">还没有群机器人：预警和督办只在平台内提醒。</p>}
      {robots.data.map((robot) => (
        <RobotPanel key={robot.id} robot={robot} manages={manages} onChanged={robots.reload} />
      ))}
    </>
  );
}

function RobotPanel({ robot, manages, onChanged }: { robot: Webhook; manages: boolean; onChanged: () => void }) {
  return (
    <section className="panel" aria-label={robot.name} data-webhook={robot.id}>
      <h2>
        {robot.name} <span className="tag">{KINDS[robot.kind]}</span>
        {robot.signed && <span className="tag">加签</span>}
        <span className={robot.enabled ? 'tag' : 'tag tag-danger'} data-testid="robot-state">
          {robot.enabled ? '启用中' : '已停用'}
        </span>
      </h2>
      <p className="muted small">
        {robot.url} · 添加于 {formatDateTime(robot.createdAt)}
      </p>
      {manages && robot.enabled && (
        <div className="robot-commands">
          <AnswerButton
            label="发送测试消息"
            working="正在发送…"
            request={() => apiPost<RobotAnswer>(`/api/webhooks/${robot.id}/test`)}
            describe={(answer) =>
              answer.delivered ? (
                <p className="success" role="status">
                  测试消息已送达，请在群里查看。
                </p>
              ) : (
                <p className="refusal" role="status">
                  测试消息未送达：{answer.reason}。请核对 Webhook 地址、加签密钥和机器人的安全设置。
                </p>
              )
            }
          />
          <CommandBar onDone={onChanged} commands={[{ label: '停用', fields: [], submit: () => apiPost(`/api/webhooks/${robot.id}/disable`) }]} />
        </div>
      )}
      <Deliveries robot={robot} />
    </section>
  );
}

function Deliveries({ robot }: { robot: Webhook }) {
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const { data, error, reload } = useApi<Page<AlertDelivery>>(`/api/webhooks/${robot.id}/deliveries?limit=${DELIVERIES_SHOWN}${status && `&status=${status}`}`, { keepPrevious: true });
  // A post is settled by the worker moments after its alert, which the live feed does not announce: look again while any waits.
  const waiting = data?.items.some((delivery) => delivery.status === 'pending') ?? false;
  useRecheck(waiting, data, reload, PENDING_RECHECK_MS);
  return (
    <>
      <div className="page-heading">
        <h3>投递记录</h3>
        <ChoiceFilter label="状态" name="status" value={status} choices={Object.entries(STATUSES) as [DeliveryStatus, string][]} all="全部" onChange={setStatus} />
        {data && <span className="muted">共 {data.total} 条{data.total > data.items.length && `，显示最近 ${data.items.length} 条`}</span>}
      </div>
      {!data && <LoadState what="投递记录" error={error} />}
      {data?.total === 0 && <p className="empty">{status ? `没有${STATUSES[status]}的推送。` : '添加以来还没有预警或督办需要推送。'}</p>}
      {data && data.items.length > 0 && (
        <table className="compact-table">
          <TableHead columns={['推送时间', '内容', '状态', '尝试次数', '送达或最近错误']} />
          <tbody>
            {data.items.map((delivery) => (
              <tr key={delivery.id} data-delivery={delivery.id} data-status={delivery.status}>
                <td className="no-wrap">{formatDateTime(delivery.createdAt)}</td>
                <td>{headline(delivery)}</td>
                <td>
                  <span className={STATUS_TAGS[delivery.status]}>{delivery.status === 'pending' && delivery.attempts > 0 ? '待重试' : STATUSES[delivery.status]}</span>
                </td>
                <td>{delivery.attempts}</td>
                <td>{outcome(delivery)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** DingTalk's message has a title; WeCom's starts with it, as a markdown heading. */
function headline({ payload }: AlertDelivery): string {
  return payload.markdown.title ?? (payload.markdown.content ?? '').split('\n')[0].replace(/^#+\s*/, '');
}

function outcome(delivery: AlertDelivery): string {
  if (delivery.status === 'delivered') return `${formatDateTime(delivery.deliveredAt)} 送达`;
  if (delivery.status === 'failed') return delivery.lastError ?? '';
  return delivery.attempts === 0 ? '排队推送中' : `${delivery.lastError ?? ''}；下次重试 ${formatDateTime(delivery.nextAttemptAt)}`;
}
