import { Column, CreateDateColumn, PrimaryColumn } from 'typeorm';

/** Reference data the office keeps: a stable code used in events and a Chinese name shown to people. */
export abstract class CodedName {
  @PrimaryColumn()
  code: string;

  @Column()
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
