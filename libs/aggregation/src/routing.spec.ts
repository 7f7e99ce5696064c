import { countryOfKey, routingKeys, rowShard } from './routing';

describe('routing', () => {
  it('makes every row its own shard', () => {
    expect(rowShard('RU-BRY')).toBe('RU-BRY');
    expect(rowShard('RU')).toBe('RU');
    expect(rowShard('SEA-BLACK')).toBe('SEA-BLACK');
  });

  it('reads the country in a row key', () => {
    expect(countryOfKey('RU-BRY')).toBe('RU');
    expect(countryOfKey('UA-43')).toBe('UA');
    expect(countryOfKey('RU')).toBe('RU');
    expect(countryOfKey('SEA-BLACK')).toBeNull();
  });

  it('keys a region claim by its region and a country claim by its country', () => {
    expect(routingKeys({ scope: 'region', country: 'RU', regions: ['RU-BRY'] })).toEqual(['RU-BRY']);
    expect(routingKeys({ scope: 'country', country: 'RU', regions: [] })).toEqual(['RU']);
  });

  it('sends a multi-region claim to every region it names, once each', () => {
    expect(routingKeys({ scope: 'region', country: 'RU', regions: ['RU-TVE', 'RU-KLU'] })).toEqual([
      'RU-KLU',
      'RU-TVE',
    ]);
    expect(routingKeys({ scope: 'region', country: 'RU', regions: ['RU-KDA', 'SEA-BLACK'] })).toEqual([
      'RU-KDA',
      'SEA-BLACK',
    ]);
  });
});
