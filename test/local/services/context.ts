// A RuntimeContext for testing one service on its own (the loader builds real ones).
import {
  CallCounter,
  Clock,
  type AuthModeName,
  type RuntimeContext,
} from '../../../local/runtime/context';

export function testContext(overrides: Partial<RuntimeContext> = {}): RuntimeContext {
  return {
    clock: new Clock(new Date('2024-03-01T10:00:00Z')),
    counter: new CallCounter(),
    user: { email: 'ann@example.com', locale: 'en' },
    timeZone: 'Europe/Paris',
    authMode: 'FULL' as AuthModeName,
    ...overrides,
  };
}
