#!/usr/bin/env node
// The tokensim command line's entry: a batch command's worker threads start first (prestart.ts), so that they load
// their modules on another core while this thread loads the commands' (commands.ts).
import { prestartWorkers } from "../batch/prestart.js";

prestartWorkers(process.argv.slice(2));
await import("./commands.js");
