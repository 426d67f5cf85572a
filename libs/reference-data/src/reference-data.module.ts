import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountyLeaderEntity, DepartmentEntity, OwnerUnitEntity, ProjectTemplateEntity, TownshipEntity } from './entities';
import { ReferenceDataService } from './reference-data.service';

@Module({
  imports: [TypeOrmModule.forFeature([TownshipEntity, DepartmentEntity, OwnerUnitEntity, CountyLeaderEntity, ProjectTemplateEntity])],
  providers: [ReferenceDataService],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
