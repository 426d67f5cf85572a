import { Injectable } from '@nestjs/common';
import { DomainError, UserActor } from '@keystone/domain';

/** The filters that narrow what a list shows; both the board and the task inboxes take them. */
export interface ScopedFilters {
  department?: string;
  ownerUnit?: string;
}

/**
 * What each role may see (DOMAIN.md, "The people"): an owner unit only its own projects and their
 * tasks, a department officer only its department's tasks, everyone else the whole portfolio. A filter
 * reaching outside the actor's scope is refused rather than quietly narrowed, so nobody mistakes an
 * empty answer for "nothing there".
 */
@Injectable()
export class VisibilityPolicy {
  projectFilters<T extends object>(actor: UserActor, filters: T & ScopedFilters): T & ScopedFilters {
    if (actor.role !== 'owner') return filters;
    return { ...filters, ownerUnit: within(actor, 'ownerUnit', filters.ownerUnit) };
  }

  taskFilters<T extends object>(actor: UserActor, filters: T & ScopedFilters): T & ScopedFilters {
    if (actor.role === 'department-officer') return { ...filters, department: within(actor, 'department', filters.department) };
    return this.projectFilters(actor, filters);
  }

  /** The project, when the actor may see it. */
  visibleProject<T extends { code: string; profile: { ownerUnit: string } }>(actor: UserActor, project: T): T {
    if (actor.role === 'owner' && project.profile.ownerUnit !== actor.ownerUnit) {
      throw DomainError.forbidden(`project ${project.code} is not a project of owner unit ${actor.ownerUnit}`);
    }
    return project;
  }
}

function within(actor: UserActor, field: keyof ScopedFilters, requested: string | undefined): string {
  const own = actor[field];
  // Fail closed: an account missing its reference would otherwise see everything.
  if (!own) throw DomainError.forbidden(`account ${actor.username} stands for no ${field}`);
  if (requested !== undefined && requested !== own) throw DomainError.forbidden(`${actor.username} sees only ${field} ${own}, not ${requested}`);
  return own;
}
