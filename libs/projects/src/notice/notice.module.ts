import { Module } from '@nestjs/common';
import { CalendarModule } from '@keystone/calendar';
import { ReferenceDataModule } from '@keystone/reference-data';
import { NoticeService } from './notice.service';

/** The leading-group office's monthly notice (月度通报), read from the read models; needs no Temporal. */
@Module({
  imports: [ReferenceDataModule, CalendarModule],
  providers: [NoticeService],
  exports: [NoticeService],
})
export class NoticeModule {}
