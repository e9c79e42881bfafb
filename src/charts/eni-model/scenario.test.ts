import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, scenarioModel, scenarioQuery } from './scenario';

describe('the ENI model’s scenario in the URL', () => {
  it('reads every parameter the issue names', () => {
    expect(parseScenario('?preset=verification-2&concurrency=800&memory=1024&subnet=22&quota=100')).toEqual({
      ...defaultScenario,
      preset: 'verification-2',
      concurrency: 800,
      memory: 1024,
      subnet: 22,
      quota: 100,
    });
  });

  it('falls back to the defaults for what is missing or unreadable, and clamps to what the model accepts', () => {
    expect(parseScenario('preset=nonsense&memory=abc')).toEqual(defaultScenario);
    expect(parseScenario('memory=64&subnet=30&concurrency=-5')).toMatchObject({ memory: 128, subnet: 28, concurrency: 1 });
  });

  it('writes a query that reads back to the same scenario', () => {
    const scenario = parseScenario('preset=ramp&concurrency=3000&memory=512&subnet=20&quota=350&account=3000&burst=3000');
    expect(parseScenario(scenarioQuery(scenario))).toEqual(scenario);
    expect(scenarioQuery(defaultScenario)).toBe('preset=verification-1&memory=128&subnet=24&quota=350');
  });

  it('turns a scenario into the model’s load and parameters', () => {
    const { profile, parameters } = scenarioModel(parseScenario('preset=verification-3&memory=1024'));
    expect(profile.clientStarts).toHaveLength(1100);
    expect(parameters.memoryMb).toBe(1024);
  });

  it('reads the assumptions AWS never published from the URL, clamped, and writes back only those that differ from the defaults', () => {
    const scenario = parseScenario('preset=verification-2&ec2Rate=2&ec2Wait=30&eniWait=-4&coldStart=abc');
    expect(scenario.assumed).toEqual({ eniCreationsPerSecond: 2, eniCreationMaxWaitSeconds: 30, eniCreationSeconds: 0 });
    expect(scenarioModel(scenario).parameters).toMatchObject({ eniCreationsPerSecond: 2, eniCreationMaxWaitSeconds: 30, eniCreationSeconds: 0 });
    expect(scenarioQuery(scenario)).toBe('preset=verification-2&memory=128&subnet=24&quota=350&eniWait=0&ec2Rate=2&ec2Wait=30');
    expect(parseScenario(scenarioQuery(scenario))).toEqual(scenario);
    expect(parseScenario('ec2Rate=5').assumed).toEqual({ eniCreationsPerSecond: 5 });
    expect(scenarioQuery(parseScenario('ec2Rate=5'))).not.toContain('ec2Rate');
  });
});
