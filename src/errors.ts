/**
 * A problem the user can fix (bad file, bad argument, bad rule): printed as one line, never with a
 * stack trace. Anything else that is thrown is a bug and is re-thrown.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** The file the problem is in, printed before the message. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** `culturescan: <file>: <message>` */
  toLine(): string {
    return this.file ? `culturescan: ${this.file}: ${this.message}` : `culturescan: ${this.message}`;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
