import { Module } from '@nestjs/common';
import { CalendarModule } from '@keystone/calendar';
import { CalendarCorrectionsService } from './calendar-corrections.service';

/** For the worker process, beside the Temporal client module. */
@Module({ imports: [CalendarModule], providers: [CalendarCorrectionsService], exports: [CalendarCorrectionsService] })
export class CalendarCorrectionsModule {}
