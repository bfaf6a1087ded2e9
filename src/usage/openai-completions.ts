// OpenAI completions usage (GET /v1/organization/usage/completions): buckets with `start_time`, `end_time`
// (unix seconds) and `results[]` holding input_tokens (cached included), input_cached_tokens, output_tokens
// and num_model_requests, grouped by user, API key, project or model. The report carries no cost; OpenAI
// reports no cache writes (cacheWrite = 0).
import type { At, JsonObject } from "./fields.js";
import { parseBuckets, type BucketFormat } from "./buckets.js";
import type { ParsedUsage, Problems } from "./types.js";

const OPTIONAL_COUNTS = [
  "input_uncached_tokens", "input_text_tokens", "output_text_tokens", "input_cached_text_tokens", "input_audio_tokens",
  "input_cached_audio_tokens", "output_audio_tokens", "input_image_tokens", "input_cached_image_tokens", "output_image_tokens",
];

export const OPENAI_COMPLETIONS: BucketFormat = {
  format: "openai-completions",
  top: ["object", "data", "has_more", "next_page"],
  bucket: ["object", "start_time", "end_time", "results"],
  result: [
    "object", "input_tokens", "input_cached_tokens", "output_tokens", "num_model_requests", ...OPTIONAL_COUNTS,
    "user_id", "api_key_id", "project_id", "model", "batch", "service_tier", "api_source",
  ],
  start: "start_time",
  end: "end_time",
  unixSeconds: true,
  userKeys: ["user_id", "api_key_id", "project_id", "model"],
  nullLabel: {},
  objects: { bucket: "bucket", result: "organization.usage.completions.result" },
  tokens(at: At, r: JsonObject) {
    const input = at.count(r, "input_tokens");
    const cached = at.count(r, "input_cached_tokens", true);
    at.count(r, "num_model_requests");
    for (const k of OPTIONAL_COUNTS) at.count(r, k, true);
    if (cached > input) at.child("input_cached_tokens").fail(`must not exceed input_tokens (${input}), which includes cached tokens; got ${cached}`);
    return { input: Math.max(0, input - cached), output: at.count(r, "output_tokens"), cacheRead: cached, cacheWrite: 0 };
  },
};

export function parseOpenAiCompletions(files: readonly string[], problems: Problems): ParsedUsage {
  return parseBuckets(files, OPENAI_COMPLETIONS, problems);
}
