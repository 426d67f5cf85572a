import { Test, TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NewEvent } from '@keystone/contracts';
import { AlertRaisedData, systemActor } from '@keystone/domain';
import { EventStore, EventStoreModule, StreamVersionConflictError } from '@keystone/event-store';
import { StoreTestDatabase } from '../../../event-store/test/store-test-database';
import { AlertDeliveryOutboxProjection } from './alert-delivery-outbox.projection';

const PUBLIC_URL = 'https://keystone.example.gov.cn';

function alertRaised(code: string, level: AlertRaisedData['level'], recipients: AlertRaisedData['recipients']): NewEvent {
  const data: AlertRaisedData = {
    alertId: `${code}.stage-siting.${level}.1`,
    clockId: 'stage-siting',
    level,
    generation: 1,
    subject: { kind: 'stage', stage: 'siting' },
    recipients,
    raisedAt: '2026-03-12T01:30:00.000Z',
    explanation: { rule: 'stage-clock:red', summary: '规划选址阶段超过办理时限', dueAt: '2026-03-12T01:30:00.000Z', taskIds: [], fallbackYears: [] },
  };
  const type = level === 'yellow' ? 'WarningRaised' : 'EscalationRaised';
  return { eventId: randomUUID(), type, schemaVersion: 1, data, actor: systemActor('test'), occurredAt: data.raisedAt, correlationId: 'test', causationId: 'test' };
}

describe('the alert delivery outbox', () => {
  let database: StoreTestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let store: EventStore;
  const webhooks: Record<'dingtalk' | 'wecom' | 'disabled', string> = { dingtalk: '', wecom: '', disabled: '' };

  const addWebhook = async (kind: string, enabled = true): Promise<string> =>
    (await dataSource.query(`INSERT INTO webhooks (name, kind, url, enabled) VALUES ('robot', $1, 'http://127.0.0.1:9/robot', $2) RETURNING id`, [kind, enabled]))[0].id;

  const deliveriesOf = (alertId: string): Promise<{ id: string; webhook_id: string; status: string; payload: { markdown: Record<string, string> } }[]> =>
    dataSource.query(`SELECT id, webhook_id, status, payload FROM alert_deliveries WHERE alert_id = $1 ORDER BY id`, [alertId]);

  const registerProject = async (): Promise<string> => {
    const code = `2026-341521-48-01-${randomUUID().slice(0, 6)}`;
    await dataSource.query(
      `INSERT INTO project_board (code, name, township, project_type, template_id, total_investment, owner_unit, leader, planned_start, planned_completion, status, registered_at, updated_at, stream_version)
       VALUES ($1, '城东新能源产业园', 'dongcheng', 'general', 'default', 1, 'county-investment-group', 'leader-wang', '2026-03-01', '2027-12-31', 'active', now(), now(), 0)`,
      [code],
    );
    return code;
  };

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    moduleRef = await Test.createTestingModule({
      imports: [
        ...database.modules({ PUBLIC_URL }),
        EventStoreModule.withInlineProjections([AlertDeliveryOutboxProjection]),
      ],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    store = moduleRef.get(EventStore);
    await dataSource.query(`INSERT INTO county_leaders (code, name, title) VALUES ('leader-wang', '王建国', '常务副县长') ON CONFLICT DO NOTHING`);
    webhooks.dingtalk = await addWebhook('dingtalk');
    webhooks.wecom = await addWebhook('wecom');
    webhooks.disabled = await addWebhook('dingtalk', false);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('queues each alert once per enabled webhook, in its robot’s markdown, keyed by alert and webhook', async () => {
    const code = await registerProject();
    const event = alertRaised(code, 'red', [{ kind: 'leader', code: 'leader-wang' }]);
    await store.append({ streamId: code, expectedVersion: 0, events: [event] });
    const alertId = (event.data as AlertRaisedData).alertId;
    const rows = await deliveriesOf(alertId);
    expect(rows.map((row) => row.id).sort()).toEqual([`${alertId}:${webhooks.dingtalk}`, `${alertId}:${webhooks.wecom}`].sort());
    expect(rows.every((row) => row.status === 'pending')).toBe(true);
    const dingtalk = rows.find((row) => row.webhook_id === webhooks.dingtalk)!.payload.markdown;
    const wecom = rows.find((row) => row.webhook_id === webhooks.wecom)!.payload.markdown;
    expect(dingtalk.title).toBe('【超期督办】城东新能源产业园');
    expect(dingtalk.text).toContain('**接收**：常务副县长 王建国');
    expect(dingtalk.text).toContain(`(${PUBLIC_URL}/projects/${code})`);
    expect(wecom.content).toContain(`**项目代码**：${code}`);
  });

  it('queues nothing more when an alert is projected again, as a rebuild does, nor for a webhook added since', async () => {
    const code = await registerProject();
    const [recorded] = await store.append({ streamId: code, expectedVersion: 0, events: [alertRaised(code, 'yellow', [{ kind: 'department', code: 'natural-resources' }])] });
    const alertId = (recorded.data as AlertRaisedData).alertId;
    await dataSource.query(`UPDATE alert_deliveries SET status = 'delivered' WHERE alert_id = $1`, [alertId]);
    const later = await addWebhook('wecom');
    const projection = moduleRef.get(AlertDeliveryOutboxProjection);
    await dataSource.transaction((manager) => projection.apply([recorded], manager));
    const rows = await deliveriesOf(alertId);
    expect(rows.map((row) => [row.webhook_id, row.status]).sort()).toEqual(
      [
        [webhooks.dingtalk, 'delivered'],
        [webhooks.wecom, 'delivered'],
      ].sort(),
    );
    await dataSource.query(`UPDATE webhooks SET enabled = false WHERE id = $1`, [later]);
  });

  it('queues nothing for an append that does not commit', async () => {
    const code = await registerProject();
    await store.append({ streamId: code, expectedVersion: 0, events: [alertRaised(code, 'yellow', [{ kind: 'office' }])] });
    const conflicting = alertRaised(code, 'second-level', [{ kind: 'office' }]);
    await expect(store.append({ streamId: code, expectedVersion: 0, events: [conflicting] })).rejects.toBeInstanceOf(StreamVersionConflictError);
    expect(await deliveriesOf((conflicting.data as AlertRaisedData).alertId)).toEqual([]);
  });
});
