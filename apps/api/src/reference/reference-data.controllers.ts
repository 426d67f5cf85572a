import { Body, Controller, Get, HttpCode, Inject, Post, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@keystone/access';
import { DomainError } from '@keystone/domain';
import { REFERENCE_KINDS, ReferenceDataService, ReferenceKind } from '@keystone/reference-data';
import { ReferenceItemDto } from './reference-item.dto';

/** One controller per kind (townships, departments, owner units, leaders), all alike. */
function referenceDataController(kind: ReferenceKind): Type<unknown> {
  @ApiTags('reference data')
  @ApiBearerAuth()
  @Controller(kind)
  class ReferenceDataController {
    constructor(@Inject(ReferenceDataService) readonly referenceData: ReferenceDataService) {}

    @Get()
    list() {
      return this.referenceData.list(kind);
    }

    @Post()
    @HttpCode(201)
    @Roles('office')
    add(@Body() item: ReferenceItemDto) {
      if ((kind === 'leaders') !== (item.title !== undefined)) {
        throw DomainError.invalid('title', kind === 'leaders' ? 'a county leader needs a title, e.g. 副县长' : 'only county leaders have a title');
      }
      return this.referenceData.add(kind, item);
    }
  }
  return ReferenceDataController;
}

export const REFERENCE_DATA_CONTROLLERS = (Object.keys(REFERENCE_KINDS) as ReferenceKind[]).map(referenceDataController);
