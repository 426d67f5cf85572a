import { cpuFamily } from './run-info';

describe('the machine name in a result file', () => {
  it('names the CPU by maker and family, without trademarks or model numbers', () => {
    expect(cpuFamily('Intel(R) Xeon(R) Processor')).toBe('intel-xeon');
    expect(cpuFamily('AMD EPYC 7B13 64-Core Processor')).toBe('amd-epyc');
    expect(cpuFamily('Intel(R) Core(TM) i7-8650U CPU @ 1.90GHz')).toBe('intel-core');
    expect(cpuFamily('Apple M2')).toBe('apple-m2');
  });

  it('still names a CPU that reports no model', () => {
    expect(cpuFamily('')).toBe('cpu');
  });
});
