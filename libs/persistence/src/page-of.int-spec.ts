import { randomBytes } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createDatabase, dropDatabase } from '@keystone/stack';
import { pageOf } from './page-of';

@Entity('listed_projects')
class ListedProject {
  @PrimaryColumn()
  code!: string;

  @Column()
  township!: string;
}

describe('a page of a read model and the total it is one page of', () => {
  const serverUrl = process.env.KEYSTONE_TEST_SERVER_DATABASE_URL!;
  const name = `keystone_page_${randomBytes(5).toString('hex')}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: await createDatabase(serverUrl, name), entities: [ListedProject], synchronize: true, logging: false });
    await dataSource.initialize();
    const projects = Array.from({ length: 25 }, (_, index) => ({ code: `P${String(index).padStart(2, '0')}`, township: index % 5 < 2 ? 'xihe' : 'dongcheng' }));
    await dataSource.getRepository(ListedProject).insert(projects);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(serverUrl, name);
  });

  const inXihe = () => dataSource.getRepository(ListedProject).createQueryBuilder('p').where('p.township = :township', { township: 'xihe' }).orderBy('p.code');

  it('gives the page asked for, in the query order, and counts every row the filter matches', async () => {
    const page = await pageOf(inXihe(), 4, 4);

    expect(page.items.map((project) => project.code)).toEqual(['P10', 'P11', 'P15', 'P16']);
    expect(page.total).toBe(10);
  });

  it('counts the matches past the last page too, where the page is empty', async () => {
    expect(await pageOf(inXihe(), 4, 40)).toEqual({ total: 10, items: [] });
  });

  it('leaves the query as it was, so it can be asked again', async () => {
    const query = inXihe();
    await pageOf(query, 2, 0);

    expect((await query.getMany()).map((project) => project.code)).toEqual(['P00', 'P01', 'P05', 'P06', 'P10', 'P11', 'P15', 'P16', 'P20', 'P21']);
  });
});
