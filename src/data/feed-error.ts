/** Why a feed could not be read. */
export type FeedErrorReason =
  'network' | 'timeout' | 'aborted' | 'http' | 'not-json' | 'too-large' | 'empty' | 'invalid-feed';

/** A feed that could not be loaded: a value with a kind, shown to visitors in words. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly reason: FeedErrorReason,
    readonly url: string,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
