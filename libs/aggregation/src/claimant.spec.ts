import { defaultClaimantKey } from './claimant';

describe('defaultClaimantKey: one body, one byClaimant bucket', () => {
  it.each([
    ['Russian Ministry of Defense', 'russian defence ministry'],
    ['the Russian Defence Ministry', 'russian defence ministry'],
    ["Russia's Ministry of Defence", 'russian defence ministry'],
    ['Russia’s Defence Ministry', 'russian defence ministry'],
    ["Ukraine's air force", 'ukrainian air force'],
    ['Ukrainian Air Force', 'ukrainian air force'],
    ["Belarus's Defence Ministry", 'belarusian defence ministry'],
  ])('%s → %s', (claimant, key) => expect(defaultClaimantKey(claimant)).toBe(key));

  it('keeps a country speaking, people and offices apart', () => {
    expect(defaultClaimantKey('Russia')).toBe('russia');
    expect(defaultClaimantKey('Ukraine')).toBe('ukraine');
    expect(defaultClaimantKey('Moscow mayor')).toBe('moscow mayor');
    expect(defaultClaimantKey('Sergei Sobyanin')).toBe('sergei sobyanin');
    expect(defaultClaimantKey(null)).toBe('unknown');
  });
});
