import { Module } from '@nestjs/common';
import { CalendarModule } from '@keystone/calendar';
import { ReferenceDataModule } from '@keystone/reference-data';
import { MonthlyNoticeService } from './monthly-notice.service';

/** The leading-group office's monthly notice (月度通报), read from the read models; needs no Temporal. */
@Module({
  imports: [ReferenceDataModule, CalendarModule],
  providers: [MonthlyNoticeService],
  exports: [MonthlyNoticeService],
})
export class MonthlyNoticeModule {}
