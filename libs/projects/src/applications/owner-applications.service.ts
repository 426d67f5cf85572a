import { Injectable } from '@nestjs/common';
import { ProjectView, SubmitOwnerApplication } from '@keystone/domain';
import { projectActionUpdate } from '@keystone/workflows';
import { ProjectUpdatesService } from '../updates/project-updates.service';

export type OwnerApplication = Omit<SubmitOwnerApplication, 'type' | 'at'>;

/** An owner's application to open a stage that waits for it (竣工验收申请 once the works are built). */
@Injectable()
export class OwnerApplicationsService {
  constructor(private readonly updates: ProjectUpdatesService) {}

  submit(code: string, application: OwnerApplication): Promise<ProjectView> {
    return this.updates.send(code, 'code', projectActionUpdate, { type: 'SubmitOwnerApplication', ...application });
  }
}
