/**
 * Property tests run with one fixed seed, so that a CI run is reproducible and a failure can be
 * replayed; `FC_SEED=random npx vitest run` explores new cases, `FC_SEED=<n>` replays a given seed.
 */
import fc from "fast-check";

const chosen = process.env.FC_SEED;
if (chosen !== "random") fc.configureGlobal({ seed: chosen ? Number(chosen) : 20_261_122 });
