import { Role } from '@keystone/domain';
import { DataSource } from 'typeorm';
import { ApiResponse } from './api-client';

/** The demo account standing for each role; the owner and leader are those of projectProfile()'s project. */
export const ROLE_ACCOUNTS: Record<Role, string> = {
  office: 'office',
  'department-officer': 'officer-natural-resources',
  'county-leader': 'leader-wang',
  owner: 'owner-county-investment-group',
  operator: 'operator',
  admin: 'admin',
};

/** How much is stored: a refused request must leave every count as it was. */
export async function writeFootprint(dataSource: DataSource): Promise<Record<string, number>> {
  const tables = ['events', 'users', 'project_templates', 'townships', 'departments', 'owner_units', 'county_leaders', 'notices_issued', 'investment_report_chases', 'project_template_revisions'];
  const [row] = await dataSource.query(`SELECT ${tables.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`);
  return row;
}

export function statusClass(status: number): string {
  return status >= 200 && status < 300 ? '2xx' : String(status);
}

/** The status class, with the body shown only when it is not the one expected. */
export function outcome(response: ApiResponse, expected: string): { status: string; body?: unknown } {
  const status = statusClass(response.status);
  return status === expected ? { status } : { status, body: response.body };
}

let serial = 0;

/** A fresh lowercase code, unique in this run. */
export function uniqueCode(prefix: string): string {
  serial += 1;
  return `${prefix}-${Date.now().toString(36)}-${serial}`;
}
