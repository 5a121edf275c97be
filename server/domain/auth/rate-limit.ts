import { DomainError } from "../errors";

export interface RateLimitPolicy {
  /** Failed attempts allowed within one window. */
  maxFailures: number;
  windowMs: number;
}

/** Five wrong passwords per username and address in 15 minutes, as OWASP's authentication cheat sheet suggests. */
export const SIGN_IN_POLICY: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * 60_000 };

interface Window {
  startedAt: number;
  failures: number;
}

/**
 * Counts failed sign-ins per key (username and client address) in fixed windows. After `maxFailures` failures every
 * attempt, right or wrong, is refused until the window ends; a successful sign-in clears the key.
 * The clock is passed in, so the rules are tested without waiting.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly policy: RateLimitPolicy = SIGN_IN_POLICY) {}

  /** Throws `rate_limited` while the key is locked out. */
  assertAllowed(key: string, now: number): void {
    const window = this.current(key, now);
    if (window && window.failures >= this.policy.maxFailures) {
      const seconds = Math.ceil((window.startedAt + this.policy.windowMs - now) / 1000);
      throw new DomainError("rate_limited", `Too many failed sign-ins for this username from your address; try again in ${seconds} seconds.`);
    }
  }

  recordFailure(key: string, now: number): void {
    const window = this.current(key, now) ?? { startedAt: now, failures: 0 };
    window.failures += 1;
    this.windows.set(key, window);
    if (this.windows.size > 10_000) this.sweep(now);
  }

  recordSuccess(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && now - window.startedAt >= this.policy.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(now: number): void {
    for (const key of [...this.windows.keys()]) this.current(key, now);
  }
}
