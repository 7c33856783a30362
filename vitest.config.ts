import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests compile with tsc or run the validator command: on a busy shared machine they take
    // several seconds. A time limit is not a speed test here (that is npm run bench).
    testTimeout: 60_000,
  },
});
