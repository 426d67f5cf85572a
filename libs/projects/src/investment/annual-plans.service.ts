import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AnnualPlanSheet, monthStart } from '@keystone/domain';
import { reportedBetween } from '../read-models/reported-between';
import { underWay } from '../read-models/under-way';

interface Row {
  code: string;
  name: string;
  township: string;
  owner_unit: string;
  total_investment: string;
  plan: string | null;
  invested: string;
}

/** 年度计划投资 as the office draws it up: the whole county's projects of a year on one sheet, from the read models. */
@Injectable()
export class AnnualPlansService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The year's sheet, of one owner unit's projects when one is given. */
  async year(year: number, ownerUnit?: string): Promise<AnnualPlanSheet> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT b.code, b.name, b.township, b.owner_unit, b.total_investment, p.amount AS plan,
              ${reportedBetween('b.code', '$3', '$4')} AS invested
         FROM project_board b LEFT JOIN annual_investment_plans p ON p.project_code = b.code AND p.year = $5
        WHERE ${underWay('$1', '$2')} AND ($6::text IS NULL OR b.owner_unit = $6)
        ORDER BY b.code`,
      [monthStart(`${year}-01`), monthStart(`${year + 1}-01`), `${year}-01`, `${year}-12`, year, ownerUnit ?? null],
    );
    const items = rows.map((row) => ({
      projectCode: row.code,
      projectName: row.name,
      township: row.township,
      ownerUnit: row.owner_unit,
      totalInvestment: Number(row.total_investment),
      plan: row.plan === null ? null : Number(row.plan),
      investedThisYear: Number(row.invested),
    }));
    const planned = items.filter((item) => item.plan !== null);
    return {
      year,
      projects: items.length,
      planned: planned.length,
      plannedInvestment: planned.reduce((sum, item) => sum + item.plan!, 0),
      investedThisYear: planned.reduce((sum, item) => sum + item.investedThisYear, 0),
      items,
    };
  }
}
