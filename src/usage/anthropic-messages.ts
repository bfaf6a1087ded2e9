// Anthropic messages usage report (GET /v1/organizations/usage_report/messages): buckets with `starting_at`,
// `ending_at` (RFC 3339) and `results[]` holding uncached_input_tokens, cache_creation
// {ephemeral_5m_input_tokens, ephemeral_1h_input_tokens}, cache_read_input_tokens and output_tokens, grouped
// by account, API key, workspace or model. The report carries no cost.
import type { At, JsonObject } from "./fields.js";
import { parseBuckets, type BucketFormat } from "./buckets.js";
import type { ParsedUsage, Problems } from "./types.js";

export const ANTHROPIC_MESSAGES: BucketFormat = {
  format: "anthropic-messages",
  top: ["data", "has_more", "next_page"],
  bucket: ["starting_at", "ending_at", "results"],
  result: [
    "uncached_input_tokens", "cache_creation", "cache_read_input_tokens", "output_tokens", "server_tool_use",
    "account_id", "service_account_id", "api_key_id", "workspace_id", "model", "service_tier", "context_window",
    "inference_geo", "speed",
  ],
  start: "starting_at",
  end: "ending_at",
  unixSeconds: false,
  userKeys: ["account_id", "service_account_id", "api_key_id", "workspace_id", "model"],
  nullLabel: { workspace_id: "default-workspace", api_key_id: "console (no API key)" },
  tokens(at: At, r: JsonObject) {
    let cacheWrite = 0;
    const cc = at.object(r, "cache_creation", false);
    if (cc) {
      const cat = at.child("cache_creation");
      cat.knownFields(cc, ["ephemeral_5m_input_tokens", "ephemeral_1h_input_tokens"]);
      cacheWrite = cat.count(cc, "ephemeral_5m_input_tokens", true) + cat.count(cc, "ephemeral_1h_input_tokens", true);
    }
    const stu = at.object(r, "server_tool_use", false);
    if (stu) {
      const sat = at.child("server_tool_use");
      sat.knownFields(stu, ["web_search_requests"]);
      sat.count(stu, "web_search_requests", true);
    }
    return {
      input: at.count(r, "uncached_input_tokens"),
      output: at.count(r, "output_tokens"),
      cacheRead: at.count(r, "cache_read_input_tokens", true),
      cacheWrite,
    };
  },
};

export function parseAnthropicMessages(files: readonly string[], problems: Problems): ParsedUsage {
  return parseBuckets(files, ANTHROPIC_MESSAGES, problems);
}
