import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a culturescan process, set before the pipeline's modules run; worker threads share
 * them. The scan's hot functions are large (the XML parser, rule evaluation, the unit builder), and
 * TurboFan inlining into them costs tens of milliseconds of compilation each, again in every worker
 * thread, without making them measurably faster: a batch scan of the ToTA corpus spends about a third
 * less CPU time without it (see `npm run bench`, which runs both of its phases with these settings).
 */
export function tuneV8(): void {
  setFlagsFromString('--no-turbo-inlining');
}
