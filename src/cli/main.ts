#!/usr/bin/env node
// The tokensim command line's entry: a batch command's worker threads start first (batch/prestart.ts, as many as
// prestart-count.ts reads from the arguments), so that they load their modules on another core while this thread
// loads the commands' (commands.ts).
import { prestartWorkers } from "../batch/prestart.js";
import { workersToPrestart } from "./prestart-count.js";

prestartWorkers(workersToPrestart(process.argv.slice(2)));
await import("./commands.js");
