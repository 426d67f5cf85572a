import { Module } from '@nestjs/common';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';

/** The working-day calendar of a process; needs the PersistenceModule's connection and the KeystoneConfig. */
@Module({ providers: [CalendarRepository, CalendarService], exports: [CalendarService] })
export class CalendarModule {}
