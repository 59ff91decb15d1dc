#!/usr/bin/env node
// `npx hazgov …`: the backend has no build step, so this shim registers tsx in-process and runs the TypeScript
// entry point. In-process (not a child) so signals reach the server directly and the exit code is ours.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/main.ts', import.meta.url).href);
