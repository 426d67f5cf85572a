import { Module } from '@nestjs/common';
import { AccessModule } from '@keystone/access';
import { CalendarModule } from '@keystone/calendar';
import { ProjectsModule } from '@keystone/projects';
import { DemoCountySeeder } from './demo-county.seeder';

@Module({ imports: [AccessModule, CalendarModule, ProjectsModule], providers: [DemoCountySeeder], exports: [DemoCountySeeder] })
export class DemoModule {}
