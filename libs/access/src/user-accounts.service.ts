import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { compare, hash } from 'bcryptjs';
import { Repository } from 'typeorm';
import { Role, UserActor } from '@keystone/domain';
import { UserEntity } from './user.entity';

const BCRYPT_COST = 10;

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  department?: string;
  leader?: string;
  ownerUnit?: string;
}

/** Accounts and their passwords, stored only as salted bcrypt hashes. */
@Injectable()
export class UserAccountsService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async create(account: NewAccount): Promise<UserEntity> {
    const { password, ...rest } = account;
    return this.users.save(
      this.users.create({ ...rest, department: rest.department ?? null, leader: rest.leader ?? null, ownerUnit: rest.ownerUnit ?? null, passwordHash: await hash(password, BCRYPT_COST) }),
    );
  }

  exists(username: string): Promise<boolean> {
    return this.users.existsBy({ username });
  }

  /** The account's actor when the password matches; the same answer for an unknown user and a wrong password. */
  async verify(username: string, password: string): Promise<UserActor | undefined> {
    const user = await this.users.findOneBy({ username });
    if (!user || !(await compare(password, user.passwordHash))) return undefined;
    return toActor(user);
  }
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
