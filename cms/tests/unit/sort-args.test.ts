import { describe, expect, it } from 'vitest';
import { objectSort } from '../../src/graphql/sort-args';

describe('objectSort', () => {
  it('rewrites plain string sorts to objects, in order, with Strapi’s default order', () => {
    expect(objectSort(['publicationDate:desc', 'title:asc'])).toEqual([{ publicationDate: 'desc' }, { title: 'asc' }]);
    expect(objectSort('title')).toEqual([{ title: 'asc' }]);
    expect(objectSort(['name:DESC'])).toEqual([{ name: 'DESC' }]);
  });

  it('nests a dotted path into relations', () => {
    expect(objectSort(['authors.name:desc', 'cover.createdAt'])).toEqual([{ authors: { name: 'desc' } }, { cover: { createdAt: 'asc' } }]);
  });

  it('leaves anything else exactly as sent', () => {
    for (const sort of [['title:sideways'], ['title:asc,slug'], ['ti tle'], ['title:'], [':asc'], ['title', 7], [], '', { title: 'asc' }, null, undefined]) {
      expect(objectSort(sort)).toBe(sort);
    }
  });
});
