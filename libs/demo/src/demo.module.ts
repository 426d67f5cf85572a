import { Module } from '@nestjs/common';
import { AccessModule } from '@keystone/access';
import { ProjectsModule } from '@keystone/projects';
import { DemoCountySeeder } from './demo-county.seeder';

@Module({ imports: [AccessModule, ProjectsModule], providers: [DemoCountySeeder], exports: [DemoCountySeeder] })
export class DemoModule {}
