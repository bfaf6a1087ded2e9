// Users are never written by name: every output names a user by `u_` + the first 12 hex digits of
// sha256(salt + id). The same salt gives the same pseudonym in every import, so imports can be compared;
// a secret salt (--salt or TOKENSIM_USAGE_SALT) stops anyone from recovering an email by guessing it.
import { createHash } from "node:crypto";

export const DEFAULT_SALT = "tokensim-usage-v1";

export function pseudonym(id: string, salt: string = DEFAULT_SALT): string {
  return `u_${createHash("sha256").update(salt + id).digest("hex").slice(0, 12)}`;
}
