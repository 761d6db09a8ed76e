import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cacheCompiledStatements } from '../../src/lib/statement-cache';

interface Statement {
  all(...bindings: unknown[]): Record<string, unknown>[];
  run(...bindings: unknown[]): { changes: number };
}
interface Connection {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  close(): void;
}

// The CMS's own better-sqlite3, the driver knex runs these statements with.
const Database = createRequire(import.meta.url)('better-sqlite3') as new (filename: string) => Connection;

const connection = () => {
  const db = new Database(':memory:');
  let compiled = 0;
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => {
    compiled += 1;
    return prepare(sql);
  };
  cacheCompiledStatements(db, 3);
  return { db, compiled: () => compiled };
};

describe('cacheCompiledStatements', () => {
  it('compiles a statement once and runs it with any values', () => {
    const { db, compiled } = connection();
    db.exec('create table notes (id integer primary key, body text)');
    const insert = 'insert into notes (body) values (?)';
    db.prepare(insert).run('first');
    db.prepare(insert).run('second');
    expect(db.prepare(insert)).toBe(db.prepare(insert));
    const select = 'select body from notes where id = ?';
    expect(db.prepare(select).all(1)).toEqual([{ body: 'first' }]);
    expect(db.prepare(select).all(2)).toEqual([{ body: 'second' }]);
    expect(compiled()).toBe(2);
    db.close();
  });

  it('reads the table as it is now after the schema changes under a kept statement', () => {
    const { db } = connection();
    db.exec('create table notes (id integer primary key)');
    db.exec('insert into notes default values');
    const select = 'select * from notes';
    expect(db.prepare(select).all()).toEqual([{ id: 1 }]);
    db.exec("alter table notes add column body text default 'added'");
    expect(db.prepare(select).all()).toEqual([{ id: 1, body: 'added' }]);
    db.close();
  });

  it('keeps at most the given number, dropping the least recently used', () => {
    const { db, compiled } = connection();
    for (const n of [1, 2, 3]) db.prepare(`select ${n}`);
    db.prepare('select 1'); // used again: now the most recent
    db.prepare('select 4'); // over the limit of 3: drops `select 2`
    expect(compiled()).toBe(4);
    db.prepare('select 1');
    db.prepare('select 3');
    expect(compiled()).toBe(4);
    db.prepare('select 2');
    expect(compiled()).toBe(5);
    db.close();
  });
});
