import { routingKeys, rowShard } from './routing';

describe('routing', () => {
  it('puts a row on its country’s shard, a water area on its own', () => {
    expect(rowShard('RU-BRY')).toBe('RU');
    expect(rowShard('UA-43')).toBe('UA');
    expect(rowShard('RU')).toBe('RU');
    expect(rowShard('SEA-BLACK')).toBe('SEA-BLACK');
  });

  it('keys an ordinary claim by its country alone', () => {
    expect(routingKeys({ country: 'RU', regions: ['RU-KLU', 'RU-TVE'] })).toEqual(['RU']);
    expect(routingKeys({ country: 'RU', regions: [] })).toEqual(['RU']);
  });

  it('sends a claim over water or across a border to every shard it touches', () => {
    expect(routingKeys({ country: 'RU', regions: ['RU-KDA', 'SEA-BLACK'] })).toEqual(['RU', 'SEA-BLACK']);
    expect(routingKeys({ country: 'RU', regions: ['RU-BEL', 'UA-63'] })).toEqual(['RU', 'UA']);
  });
});
