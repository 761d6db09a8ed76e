import { describe, expect, it } from 'vitest';
import { newsletterLimitedMessage } from '../../shared/utils/newsletter-fields';

describe('newsletterLimitedMessage', () => {
  it('says how long to wait, in whole minutes rounded up', () => {
    expect(newsletterLimitedMessage(3559)).toContain('Please try again in about 60 minutes;');
    expect(newsletterLimitedMessage(61)).toContain('in about 2 minutes;');
    expect(newsletterLimitedMessage(30)).toContain('in about 1 minute;');
  });

  it('says "later" when the wait is unknown, and never blames the visitor alone', () => {
    expect(newsletterLimitedMessage()).toContain('Please try again later;');
    expect(newsletterLimitedMessage(0)).toContain('Please try again later;');
    expect(newsletterLimitedMessage(10)).toMatch(/^We have had a lot of sign-up requests from you or for this address/);
  });
});
