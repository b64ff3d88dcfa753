#!/usr/bin/env node
// Entry point of the `kepu` CLI. Runs the TypeScript sources through tsx so that `npx kepu`
// works right after `npm ci`, with no build step (Node 20 cannot strip types by itself).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
