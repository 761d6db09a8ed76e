import { describe, expect, it } from 'vitest';
import { clientIp } from '../../server/utils/client-ip';

describe('clientIp', () => {
  it('is whoever connects when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientIp('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
    expect(clientIp('203.0.113.9', undefined, 0)).toBe('203.0.113.9');
  });

  it('behind one proxy, is the address that proxy saw (the last entry), not what the client wrote before it', () => {
    expect(clientIp('10.0.0.2', '198.51.100.1', 1)).toBe('198.51.100.1');
    expect(clientIp('10.0.0.2', '6.6.6.6, 198.51.100.1', 1)).toBe('198.51.100.1');
  });

  it('behind two proxies, is the address the farther one saw', () => {
    expect(clientIp('10.0.0.2', '6.6.6.6, 198.51.100.1, 10.0.0.9', 2)).toBe('198.51.100.1');
    // A chain shorter than the hops trusted: the farthest address there is.
    expect(clientIp('10.0.0.2', '198.51.100.1', 3)).toBe('198.51.100.1');
  });

  it('falls back to the socket when the header is empty', () => {
    expect(clientIp('10.0.0.2', ' , ', 1)).toBe('10.0.0.2');
    expect(clientIp('10.0.0.2', '', 1)).toBe('10.0.0.2');
  });
});
