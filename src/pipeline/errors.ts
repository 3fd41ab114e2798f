/**
 * The two kinds of bad input, naming the file and the reason. Kept apart from
 * the parsers (yaml, zod) so that a run can read its inputs and find that they
 * have not changed without loading those.
 */
export class ArticleError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ArticleError';
  }
}

export class EditorialError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'EditorialError';
  }
}
