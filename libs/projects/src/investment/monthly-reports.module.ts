import { Module } from '@nestjs/common';
import { CalendarModule } from '@keystone/calendar';
import { ReferenceDataModule } from '@keystone/reference-data';
import { AnnualPlansService } from './annual-plans.service';
import { MonthlyReportsService } from './monthly-reports.service';

/** 月报制度's reading side and its chases, and the year's plan sheet, from the read models; needs no Temporal. */
@Module({
  imports: [ReferenceDataModule, CalendarModule],
  providers: [MonthlyReportsService, AnnualPlansService],
  exports: [MonthlyReportsService, AnnualPlansService],
})
export class MonthlyReportsModule {}
