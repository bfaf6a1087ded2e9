import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // End-to-end tests run the real CLI; none of them asserts a time (speed is for `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
