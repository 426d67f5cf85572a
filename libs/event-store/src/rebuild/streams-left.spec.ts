import { RecordedEvent } from '@keystone/contracts';
import { StreamsLeft } from './streams-left';

const of = (...streams: string[]) => streams.map((streamId) => ({ streamId }) as RecordedEvent);

describe('StreamsLeft', () => {
  it('finishes a stream with the batch that holds its last counted event', () => {
    const streams = new StreamsLeft(new Map([['a', 3], ['b', 1], ['c', 2]]));

    expect(streams.total).toBe(6);
    expect(streams.countOff(of('a', 'b', 'c'))).toEqual(new Set(['b']));
    expect(streams.countOff(of('a'))).toEqual(new Set());
    expect(streams.countOff(of('c', 'a'))).toEqual(new Set(['c', 'a']));
  });

  it('refuses an event it did not count rather than finish its stream early', () => {
    const streams = new StreamsLeft(new Map([['a', 1]]));
    streams.countOff(of('a'));

    expect(() => streams.countOff(of('a'))).toThrow('stream a has more events than the rebuild counted');
    expect(() => streams.countOff(of('z'))).toThrow('stream z has more events than the rebuild counted');
  });
});
