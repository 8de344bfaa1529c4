/**
 * Jest's node environment, but the test files run in the worker's own V8 context instead of a new vm
 * context per file. In a vm context every read of a global (Math, Number, Map…) goes through the context's
 * interceptors, which makes the product's hot loops several times slower under jest than in node: the
 * province fixtures took 32 s there against 7 s in node. Used by the projects whose files run commands
 * over large workbooks; the pane's jsdom tests keep their own environment.
 */
const vm = require("node:vm");
const { TestEnvironment } = require("jest-environment-node");
const { LegacyFakeTimers, ModernFakeTimers } = require("@jest/fake-timers");

const single = new WeakSet();
const compileFunction = vm.compileFunction;
// jest-runtime compiles each module with vm.compileFunction(…, { parsingContext: this environment's context });
// for ours it compiles in this context instead.
vm.compileFunction = function (code, params, options) {
  if (!options || !single.has(options.parsingContext)) return compileFunction.call(this, code, params, options);
  const { parsingContext: _, ...rest } = options;
  return compileFunction.call(this, code, params, rest);
};

class SingleContextEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global = globalThis;
    this.context = vm.createContext(globalThis);
    single.add(this.context);
    const idToRef = (id) => ({ id, ref() { return this; }, unref() { return this; } });
    this.fakeTimers = new LegacyFakeTimers({
      config: config.projectConfig,
      global: globalThis,
      moduleMocker: this.moduleMocker,
      timerConfig: { idToRef, refToId: (t) => t && t.id },
    });
    this.fakeTimersModern = new ModernFakeTimers({ config: config.projectConfig, global: globalThis });
  }
}

module.exports = SingleContextEnvironment;
