import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { compare, hash } from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { Actor, DomainError, FieldProblemsError, Role, UserActor, accountScopeProblems, describeActor } from '@keystone/domain';
import { ReferenceDataService } from '@keystone/reference-data';
import { UserEntity } from './user.entity';

const BCRYPT_COST = 10;
const UNIQUE_VIOLATION = '23505';

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  department?: string;
  leader?: string;
  ownerUnit?: string;
}

/** An account as anyone may be shown it: never its password hash. */
export type UserAccount = Omit<UserEntity, 'passwordHash'>;

/** Accounts and their passwords, stored only as salted bcrypt hashes. */
@Injectable()
export class UserAccountsService {
  private readonly logger = new Logger('Accounts');
  /** Compared against when the username is unknown, so a wrong name takes as long to refuse as a wrong password. */
  private readonly unknownUserHash = hash(randomUUID(), BCRYPT_COST);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /**
   * Refuses an account that does not name exactly the existing department, leader or owner unit its
   * role stands for. Account changes are not project events, so the log is their record.
   */
  async create(account: NewAccount, by: Actor): Promise<UserAccount> {
    const { password, department, leader, ownerUnit, ...rest } = account;
    const problems = accountScopeProblems(account);
    if (!problems.length) problems.push(...(await this.referenceData.unknownReferences(references(account))));
    if (problems.length) throw new FieldProblemsError(problems);
    const user = this.users.create({ ...rest, department: department ?? null, leader: leader ?? null, ownerUnit: ownerUnit ?? null, passwordHash: await hash(password, BCRYPT_COST) });
    try {
      const created = toAccount(await this.users.save(user));
      this.logger.log(`${describeActor(by)} created account ${created.username} (${created.role})`);
      return created;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw DomainError.conflict(`username ${account.username} is taken`, 'username');
      throw error;
    }
  }

  async list(page: { limit: number; offset: number }): Promise<{ total: number; items: UserAccount[] }> {
    const [users, total] = await this.users.findAndCount({ order: { username: 'ASC' }, take: page.limit, skip: page.offset });
    return { total, items: users.map(toAccount) };
  }

  exists(username: string): Promise<boolean> {
    return this.users.existsBy({ username });
  }

  /** The account's actor as it stands now (its department, leader or owner unit may have changed); undefined once it is gone. */
  async current(userId: string): Promise<UserActor | undefined> {
    const user = await this.users.findOneBy({ id: userId });
    return user ? toActor(user) : undefined;
  }

  /** The account's actor when the password matches; the same answer for an unknown user and a wrong password. */
  async verify(username: string, password: string): Promise<UserActor | undefined> {
    const user = await this.users.findOneBy({ username });
    const matches = await compare(password, user?.passwordHash ?? (await this.unknownUserHash));
    return user && matches ? toActor(user) : undefined;
  }
}

function references({ department, leader, ownerUnit }: NewAccount) {
  return { ...(department && { departments: department }), ...(leader && { leaders: leader }), ...(ownerUnit && { 'owner-units': ownerUnit }) };
}

function toAccount({ passwordHash: _, ...account }: UserEntity): UserAccount {
  return account;
}

export function toActor(user: UserEntity): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    role: user.role,
    ...(user.department && { department: user.department }),
    ...(user.leader && { leader: user.leader }),
    ...(user.ownerUnit && { ownerUnit: user.ownerUnit }),
  };
}
