// Two kinds of error: a user's mistake (bad file, bad flag) prints its lines and exits 2;
// anything else is a bug and prints its stack.

export class UserError extends Error {
  /** One line per problem, each already naming the file, line and field where known. */
  readonly lines: string[];
  constructor(lines: string | string[]) {
    const all = Array.isArray(lines) ? lines : [lines];
    super(all.join("\n"));
    this.name = "UserError";
    this.lines = all;
  }
}
