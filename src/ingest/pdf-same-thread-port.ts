/**
 * The channel between pdf.js's two halves (the document half and the worker half) when both run in one
 * thread, as they do in Node. pdf.js's own stand-in for a worker copies every message whole with
 * structuredClone, as if it crossed a thread; in one thread that deep copy of every text item of every
 * page is pure cost (a twentieth of the time of reading a long PDF, and its garbage). Here a message is
 * handed over as it is, in a microtask as pdf.js's stand-in delivers it, less one copy: a streamed chunk
 * is the one thing the worker half changes after sending (it gives the page's text chunk fresh item and
 * style lists for the next batch), so the chunk's own fields are copied, one level deep. A failure crosses
 * as plain data and each half turns it back into its own exception by name, as after a copy. The
 * microtask is a callback on a settled promise, as in pdf.js's stand-in: Node's queueMicrotask also makes
 * an async-hooks resource for each message, and a long PDF sends some ten thousand.
 */
type Listener = (this: SameThreadPort, event: { data: unknown }) => void;

export class SameThreadPort {
  readonly #listeners = new Set<Listener>();
  readonly #settled = Promise.resolve();

  postMessage(message: unknown): void {
    const data = withOwnChunk(message);
    void this.#settled.then(() => {
      for (const listener of this.#listeners) listener.call(this, { data });
    });
  }

  addEventListener(_type: 'message', listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

function withOwnChunk(message: unknown): unknown {
  const chunk = (message as { chunk?: unknown } | null)?.chunk;
  return chunk && typeof chunk === 'object' ? { ...(message as object), chunk: { ...chunk } } : message;
}
