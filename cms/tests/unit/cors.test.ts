import { describe, expect, it } from 'vitest';
import { corsOrigins } from '../../config/middlewares';

describe('corsOrigins', () => {
  it('allows the site only, by its origin', () => {
    expect(corsOrigins([], 'https://www.kestrel.example/')).toEqual(['https://www.kestrel.example']);
  });

  it('allows a local site under both of its names', () => {
    expect(corsOrigins([], 'http://localhost:3000')).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
    expect(corsOrigins([], 'http://127.0.0.1:4100')).toEqual(['http://127.0.0.1:4100', 'http://localhost:4100']);
  });

  it('takes CORS_ORIGINS as given when set', () => {
    expect(corsOrigins(['https://a.example', ' https://b.example ', ''], 'http://localhost:3000')).toEqual(['https://a.example', 'https://b.example']);
    expect(corsOrigins([''], 'http://localhost:3000')).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
  });
});
