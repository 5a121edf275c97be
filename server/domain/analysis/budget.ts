/**
 * How much work a search may do. The domain has no clock: pass `maxMs` together with `now` (e.g. `performance.now`)
 * to bound time, or `maxSteps` to bound work deterministically (one step is about one label change).
 * When the budget runs out the result says `complete: false` and holds what was found so far.
 *
 * @example
 * computeAcceptance(input, { semantics: "preferred", budget: { maxMs: 500, now: () => performance.now() } });
 */
export interface Budget {
  readonly maxSteps?: number;
  readonly maxMs?: number;
  readonly now?: () => number;
  /** At most this many extensions are collected (default 1000). */
  readonly maxExtensions?: number;
}

/** Default step budget: a few seconds of search at most on current hardware. */
export const DEFAULT_MAX_STEPS = 20_000_000;
export const DEFAULT_MAX_EXTENSIONS = 1_000;

/** Checks the clock only every this many steps, so that a cheap step stays cheap. */
const CLOCK_EVERY = 4_096;

/** Spends a {@link Budget}; `exhausted` turns true once steps or time run out and stays true. */
export class BudgetMeter {
  exhausted = false;
  private steps = 0;
  private nextClock = CLOCK_EVERY;
  private readonly maxSteps: number;
  private readonly deadline: number;

  constructor(private readonly budget: Budget = {}) {
    this.maxSteps = budget.maxSteps ?? DEFAULT_MAX_STEPS;
    this.deadline = budget.maxMs !== undefined && budget.now ? budget.now() + budget.maxMs : Infinity;
  }

  /** Records `steps` more steps; returns false once the budget is exhausted. */
  spend(steps: number): boolean {
    if (this.exhausted) return false;
    this.steps += steps;
    if (this.steps > this.maxSteps) this.exhausted = true;
    else if (this.steps >= this.nextClock && this.budget.now) {
      this.nextClock = this.steps + CLOCK_EVERY;
      if (this.budget.now() > this.deadline) this.exhausted = true;
    }
    return !this.exhausted;
  }

  get used(): number {
    return this.steps;
  }

  get maxExtensions(): number {
    return this.budget.maxExtensions ?? DEFAULT_MAX_EXTENSIONS;
  }
}
