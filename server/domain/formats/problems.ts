import { DomainError } from "../errors";

/** One thing wrong with an imported file: where (a path such as `nodes[3].title`, or `line 12`) and what. */
export interface FileProblem {
  path: string;
  message: string;
}

/** Reports beyond this many are summed up in one last entry, so a hostile file cannot make a huge error response. */
export const MAX_REPORTED_PROBLEMS = 1_000;

/**
 * Collects every problem found in a file, so that the refusal lists them all at once
 * rather than making the author fix them one by one.
 */
export class ProblemList {
  private readonly items: FileProblem[] = [];
  private readonly seen = new Set<string>();
  private overflow = 0;

  /** Adds a problem; the same message at the same place is kept once. */
  add(path: string, message: string): void {
    if (this.items.length >= MAX_REPORTED_PROBLEMS) {
      this.overflow += 1;
      return;
    }
    const key = `${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ path, message });
  }

  get count(): number {
    return this.items.length + this.overflow;
  }

  /** Throws `invalid_map_file` listing every problem, unless there is none. */
  throwIfAny(what: string): void {
    if (this.count === 0) return;
    const errors = [...this.items];
    if (this.overflow > 0) errors.push({ path: "", message: `… and ${this.overflow} more problems` });
    throw invalidMapFile(what, errors);
  }
}

/**
 * The error every refused import throws: code `invalid_map_file`, `details.errors` listing each problem.
 * @example invalidMapFile("This Kialo file", [{ path: "line 4", message: "1.3.1. has no parent 1.3." }])
 */
export function invalidMapFile(what: string, errors: FileProblem[]): DomainError {
  const first = errors[0];
  const firstText = first ? ` First: ${first.path ? `${first.path}: ` : ""}${first.message}` : "";
  const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return new DomainError("invalid_map_file", `${what} cannot be imported (${count}).${firstText}`, { errors });
}

/** Refuses a file with a single problem. */
export function refuseFile(what: string, path: string, message: string): never {
  throw invalidMapFile(what, [{ path, message }]);
}
