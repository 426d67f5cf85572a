import { Module } from '@nestjs/common';
import { CalendarModule } from '@keystone/calendar';
import { ReferenceDataModule } from '@keystone/reference-data';
import { MonthlyReportsService } from './monthly-reports.service';

/** 月报制度's reading side and its chases, from the read models; needs no Temporal. */
@Module({
  imports: [ReferenceDataModule, CalendarModule],
  providers: [MonthlyReportsService],
  exports: [MonthlyReportsService],
})
export class MonthlyReportsModule {}
