// GET /api/stats shows the daily trigger-runtime quota (quotas page: "Triggers total runtime",
// 90 min / day for consumer accounts): each trigger owner's time in the last 24 hours.
import { apiRoutes } from '../../local/playground/api';
import type { PlaygroundSession } from '../../local/playground/session';
import { CallCounter, Clock } from '../../local/runtime/context';
import { LocalState } from '../../local/runtime/state';

test('GET /api/stats reports each trigger owner’s runtime of the last 24 hours and the limit', () => {
  const state = new LocalState();
  const clock = new Clock(new Date('2026-11-27T10:00:00Z'));
  state.recordTriggerRun('ann@example.com', clock.nowMs() - 25 * 3_600_000, 40 * 60_000);
  state.recordTriggerRun('ann@example.com', clock.nowMs() - 3_600_000, 7 * 60_000);
  const session = {
    state,
    clock,
    counter: new CallCounter(),
    runtime: { executions: [] },
  } as unknown as PlaygroundSession;
  const stats = apiRoutes(session)['/api/stats'].GET(
    undefined as never,
    new URL('http://x/api/stats'),
  ) as { triggerRuntime: unknown };
  expect(stats.triggerRuntime).toEqual({
    dailyLimitMs: 90 * 60_000,
    usedMs: { 'ann@example.com': 7 * 60_000 },
  });
});
