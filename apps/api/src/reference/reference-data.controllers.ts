import { Body, Controller, Get, HttpCode, Inject, Post, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@keystone/access';
import { REFERENCE_KINDS, ReferenceDataService, ReferenceKind } from '@keystone/reference-data';
import { ReferenceItemDto } from './reference-item.dto';

/** One controller per kind (townships, departments, owner units, leaders), all alike. */
function referenceDataController(kind: ReferenceKind): Type<unknown> {
  // The four classes share a name, so each operation is named after its kind (listOwnerUnits) to stay unique.
  const operationName = kind.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase());
  @ApiTags('reference data')
  @ApiBearerAuth()
  @Controller(kind)
  class ReferenceDataController {
    constructor(@Inject(ReferenceDataService) readonly referenceData: ReferenceDataService) {}

    @Get()
    @ApiOperation({ operationId: `list${operationName}` })
    list() {
      return this.referenceData.list(kind);
    }

    @Post()
    @HttpCode(201)
    @Roles('office')
    @ApiOperation({ operationId: `add${operationName}` })
    add(@Body() item: ReferenceItemDto) {
      return this.referenceData.add(kind, item);
    }
  }
  return ReferenceDataController;
}

export const REFERENCE_DATA_CONTROLLERS = (Object.keys(REFERENCE_KINDS) as ReferenceKind[]).map(referenceDataController);
