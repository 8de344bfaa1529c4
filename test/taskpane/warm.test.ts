/**
 * @jest-environment jsdom
 *
 * The browser host fetches exceljs once the pane has painted and is idle: not on the way to the first paint,
 * and not only at the first click.
 */
import { whenIdle, WARM_AFTER_MS } from "../../src/taskpane/host/standalone";

afterEach(() => {
  jest.useRealTimers();
  delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
});

test("waits a second, then for the browser to be idle", () => {
  jest.useFakeTimers();
  const idle = jest.fn((cb: () => void) => {
    cb();
    return 1;
  });
  Object.assign(window, { requestIdleCallback: idle });
  const fn = jest.fn();
  whenIdle(fn);
  jest.advanceTimersByTime(999);
  expect(fn).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(idle).toHaveBeenCalledWith(fn, { timeout: 5000 });
  expect(fn).toHaveBeenCalledTimes(1);
  expect(WARM_AFTER_MS).toBe(1000);
});

test("runs after the delay where the browser has no requestIdleCallback", () => {
  jest.useFakeTimers();
  const fn = jest.fn();
  whenIdle(fn);
  jest.advanceTimersByTime(1000);
  expect(fn).toHaveBeenCalledTimes(1);
});
