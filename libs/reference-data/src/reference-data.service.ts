import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, FieldProblem, FieldProblemsError, ProjectTemplate, templateProblems } from '@keystone/domain';
import { CodedName, ProjectTemplateEntity } from './entities';
import { REFERENCE_KINDS, ReferenceKind } from './reference-kinds';

/** Townships, departments, owner units, county leaders and stage templates: listed, checked, added. */
@Injectable()
export class ReferenceDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(kind: ReferenceKind): Promise<CodedName[]> {
    return this.dataSource.getRepository<CodedName>(REFERENCE_KINDS[kind].entity).find({ order: { code: 'ASC' } });
  }

  async add(kind: ReferenceKind, item: { code: string; name: string; title?: string }): Promise<CodedName> {
    // A county leader is addressed by title (常务副县长 王建国); nobody else has one.
    if ((kind === 'leaders') !== (item.title !== undefined)) {
      throw DomainError.invalid('title', kind === 'leaders' ? 'a county leader needs a title, e.g. 副县长' : 'only county leaders have a title');
    }
    const repository = this.dataSource.getRepository<CodedName>(REFERENCE_KINDS[kind].entity);
    if (await repository.existsBy({ code: item.code })) throw DomainError.conflict(`${item.code} already exists`, 'code');
    if (await repository.existsBy({ name: item.name })) throw DomainError.conflict(`${item.name} already exists`, 'name');
    return repository.save(repository.create(item));
  }

  /** The fields among these whose codes are unknown, so one request reports every bad reference at once. */
  async unknownReferences(references: Partial<Record<ReferenceKind, string>>): Promise<FieldProblem[]> {
    const checked = Object.entries(references) as [ReferenceKind, string][];
    if (checked.length === 0) return [];
    // One statement for all of them: a registration checks three references on its way to the workflow.
    const probes = checked.map(([kind], index) => {
      const table = this.dataSource.getMetadata(REFERENCE_KINDS[kind].entity).tableName;
      return `SELECT ${index} AS probe WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE code = $${index + 1})`;
    });
    const unknown: { probe: number }[] = await this.dataSource.query(`${probes.join(' UNION ALL ')} ORDER BY probe`, checked.map(([, code]) => code));
    return unknown.map(({ probe }) => {
      const [kind, code] = checked[probe];
      const { field } = REFERENCE_KINDS[kind];
      return { field, reason: `unknown ${field} ${JSON.stringify(code)}` };
    });
  }

  listTemplates(): Promise<ProjectTemplateEntity[]> {
    return this.dataSource.getRepository(ProjectTemplateEntity).find({ order: { id: 'ASC' } });
  }

  /** The template as a project snapshots it at registration: later edits never reach running projects. */
  async template(id: string): Promise<ProjectTemplate | null> {
    const found = await this.dataSource.getRepository(ProjectTemplateEntity).findOneBy({ id });
    return found && { id: found.id, name: found.name, projectType: found.projectType, stages: found.stages };
  }

  async addTemplate(input: unknown): Promise<ProjectTemplateEntity> {
    const template = await this.checkedTemplate(input);
    const repository = this.dataSource.getRepository(ProjectTemplateEntity);
    if (await repository.existsBy({ id: template.id })) throw DomainError.conflict(`template ${template.id} already exists`, 'id');
    const { id, name, projectType, stages } = template;
    return repository.save(repository.create({ id, name, projectType, stages }));
  }

  /**
   * Replaces a template for the projects registered from now on; those registered before keep the snapshot their
   * registration took. The version replaced is kept with who replaced it and when.
   */
  async reviseTemplate(id: string, input: unknown, revisedBy: string): Promise<ProjectTemplateEntity> {
    const template = await this.checkedTemplate(input);
    if (template.id !== id) throw DomainError.invalid('id', `must be the template's own id, ${id}`);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ProjectTemplateEntity);
      const current = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw DomainError.notFound('id', `template ${id} does not exist`);
      const previous = { name: current.name, projectType: current.projectType, stages: current.stages };
      await manager.query(`INSERT INTO project_template_revisions (template_id, revised_by, previous) VALUES ($1, $2, $3)`, [id, revisedBy, previous]);
      return repository.save(Object.assign(current, { name: template.name, projectType: template.projectType, stages: template.stages }));
    });
  }

  private async checkedTemplate(input: unknown): Promise<ProjectTemplate> {
    const departments = new Set((await this.list('departments')).map((department) => department.code));
    const problems = templateProblems(input, departments);
    if (problems.length) throw new FieldProblemsError(problems);
    return input as ProjectTemplate;
  }
}
