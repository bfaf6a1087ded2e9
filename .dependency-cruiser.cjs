// The import rules of tokensim's source (docs/ARCHITECTURE.md draws them), checked by tests/architecture.test.ts
// in `npm test` and by hand with `npm run deps`: no import cycles, and the folders' layers point one way.
//
// LAYERS lists src/'s folders from the top down. A file may import files of its own folder and of the layers
// below its own, never one above it, nor a folder beside it in its layer. src/errors.ts and src/version.ts are
// leaves that every layer may import. bench/ and tests/ stand outside: they may import any of src/, and src/
// imports neither.
const LAYERS = [
  ["cli"],
  ["batch"],
  ["app", "calibrate", "sensitivity", "usage"],
  ["policies", "output"],
  ["model"],
  ["scenario"],
  ["stats"],
  ["random"],
];

/** The folders a folder of layer `depth` may not import: every one above, and the others beside it. */
function forbiddenFor(folder, depth) {
  const above = LAYERS.slice(0, depth).flat();
  const beside = LAYERS[depth].filter((f) => f !== folder);
  return [...above, ...beside];
}

/** A rule that fails the check: imports from `from` to `to` are forbidden. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: "error", from, to });

const layerRules = LAYERS.flatMap((layer, depth) =>
  layer
    .filter((folder) => forbiddenFor(folder, depth).length > 0)
    .map((folder) =>
      forbid(
        `layer-${folder}`,
        `src/${folder}/ may import only its own files and the layers below it: ${LAYERS.slice(depth + 1).map((l) => l.join("/")).join(" > ") || "none"}`,
        { path: `^src/${folder}/` },
        { path: `^src/(${forbiddenFor(folder, depth).join("|")})/` },
      ),
    ),
);

module.exports = {
  forbidden: [
    forbid(
      "no-circular",
      "No import cycle that runs: a cycle is a type or helper living in the wrong file or folder. Between folders the " +
        "layer rules forbid type-only cycles too; inside a folder two files may name each other's types (an arm holds " +
        "its policies, a policy acts on the arm: model/arm-state.ts and model/policy-hooks.ts).",
      {},
      { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    ),
    ...layerRules,
    forbid(
      "leaves-import-no-folder",
      "src/errors.ts and src/version.ts are imported by every layer, so they import none.",
      { path: "^src/[^/]+\\.ts$" },
      { path: "^src/[^/]+/" },
    ),
    forbid(
      "core-is-pure",
      "The model core (model, policies, random) and stats do no I/O: no Node built-in modules.",
      { path: "^src/(model|policies|random|stats)/" },
      { dependencyTypes: ["core"] },
    ),
    forbid(
      "core-loads-no-zod",
      "The model and the policies' behaviours take only types from the scenario layer (and its zod-free levels.ts), " +
        "so that worker threads run the model without loading zod.",
      { path: "^src/(model|policies|random)/" },
      { path: "^(src/scenario/(?!levels\\.ts$)|node_modules/zod/)", dependencyTypesNot: ["type-only"] },
    ),
    forbid(
      "source-imports-no-bench-or-tests",
      "Nothing in src/ imports bench/ or tests/ (the bench is not part of the package).",
      { path: "^src/" },
      { path: "^(bench|tests)/" },
    ),
    forbid(
      "tests-import-sources",
      "Tests import the sources, not the build in dist/ (end-to-end tests run dist/cli/main.js as a process).",
      { path: "^tests/" },
      { path: "^dist" },
    ),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: they are edges between layers too.
    tsPreCompilationDeps: true,
  },
};
