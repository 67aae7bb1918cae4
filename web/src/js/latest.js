// Request sequencing: each kind of answer (travel times, a journey, isochrones, a scenario) has one slot, and only
// the answer to the request made last in a slot is ever drawn. An earlier request is aborted, and if its answer
// still arrives it is dropped, so a slow answer can never label or fill a layer the user has moved on from.

/** Thrown in place of an answer that a newer request in the same slot has replaced; callers ignore it. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'Superseded';
  }
}

/** True for failures that are not the user's business: a replaced or aborted request. */
export const isSuperseded = (error) => error instanceof Superseded || error?.name === 'AbortError';

/** A slot: `run(task)` calls `task(signal)` and resolves with its answer only while it is still the latest. */
export function latestOnly() {
  let generation = 0;
  let controller = null;
  return {
    async run(task) {
      const mine = ++generation;
      controller?.abort();
      controller = new AbortController();
      let value;
      try {
        value = await task(controller.signal);
      } catch (error) {
        if (mine !== generation) throw new Superseded();
        throw error;
      }
      if (mine !== generation) throw new Superseded();
      return value;
    },
    /** Drops whatever is in flight (e.g. the user cleared the layer). */
    cancel() {
      generation += 1;
      controller?.abort();
    },
  };
}
